using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Privacy;

/// <summary>
/// What erasure and retention remove, and what they keep. Personal data goes: names, contact details,
/// free text, CVs, notes (interviewers' too), mail bodies, interview places and links. What counts and
/// statistics rest on stays: the stage, its history's dates, screening figures, choice answers, scores,
/// interview ratings and times, mail status and dates. Changes join the caller's
/// unit of work (it opens the transaction and saves); CV files are returned, to be deleted after commit.
/// </summary>
public sealed class Anonymiser(HiringDbContext db)
{
    public const string ErasedName = "Erased candidate";

    public static string ErasedAddress(string userId) => $"erased-{userId}@invalid";

    /// <summary>Clears one application's personal data; returns its CV's stored name (delete the file after commit), if any.</summary>
    public async Task<string?> EraseApplicationAsync(Guid id, DateTime now, CancellationToken ct = default)
    {
        var a = await db.Applications.AsSplitQuery().Include(x => x.Answers).ThenInclude(x => x.Question)
            .Include(x => x.Notes).Include(x => x.History).SingleAsync(x => x.Id == id, ct);
        var cv = a.CvStoredName;
        (a.FullName, a.Phone, a.Location, a.Languages, a.Tags) = (ErasedName, "", "", "", "");
        (a.CvStoredName, a.CvFileName, a.CvContentType) = (null, null, null);
        a.Screening.ProductsSold = null;
        foreach (var answer in a.Answers.Where(x => x.Question!.Kind == QuestionKind.ShortText)) answer.Value = "";
        foreach (var note in a.Notes) note.Text = "";
        // Reasons are free text (a recruiter's rejection reason, the candidate's own words); the moves and dates stay.
        foreach (var change in a.History) change.Reason = "";
        a.ErasedAt ??= now;
        await EraseMailsAsync(db.OutboxMails.Where(m => m.ApplicationId == id), a.CandidateId, ct);
        await EraseTypedTextAsync(id, ct);
        await EraseInterviewNotesAsync(id, ct);
        return cv;
    }

    /// <summary>
    /// Scorecards keep their ratings and recommendation (interview averages rest on them) and lose the
    /// interviewers' notes; bookings keep their times and status and lose the place and the video link.
    /// </summary>
    private async Task EraseInterviewNotesAsync(Guid applicationId, CancellationToken ct)
    {
        foreach (var card in await db.Scorecards.Include(s => s.Ratings).Where(s => s.ApplicationId == applicationId).ToListAsync(ct))
        {
            card.Notes = "";
            foreach (var rating in card.Ratings) rating.Notes = "";
        }
        foreach (var interview in await db.Interviews.Where(i => i.ApplicationId == applicationId).ToListAsync(ct))
            (interview.Location, interview.VideoLink) = ("", null);
    }

    /// <summary>
    /// Test answers keep the chosen responses and the scores (norms and item statistics rest on them);
    /// the typed text and the keystrokes of typing items go — they are the person's own words and rhythm.
    /// </summary>
    private async Task EraseTypedTextAsync(Guid applicationId, CancellationToken ct)
    {
        var answers = await db.AttemptAnswers.Where(x => db.Attempts.Any(t => t.Id == x.AttemptId && t.ApplicationId == applicationId)).ToListAsync(ct);
        foreach (var answer in answers)
        {
            var value = AnswerValue.Parse(answer.Value);
            if (value.Text is null && value.Keys is null) continue;
            (value.Text, value.Keys) = (null, null);
            (answer.Value, answer.Version) = (value.ToJson(), answer.Version + 1);
        }
    }

    /// <summary>Anonymises the account: nobody can sign in to it again, and nothing in it names the person.</summary>
    public async Task EraseAccountAsync(string userId, CancellationToken ct = default)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
        var address = ErasedAddress(userId);
        await EraseMailsAsync(db.OutboxMails.Where(m => m.ApplicationId == null && m.To == user.Email), userId, ct);
        (user.UserName, user.Email, user.DisplayName) = (address, address, ErasedName);
        (user.NormalizedUserName, user.NormalizedEmail) = (address.ToUpperInvariant(), address.ToUpperInvariant());
        (user.PasswordHash, user.PhoneNumber, user.PhoneNumberConfirmed, user.EmailConfirmed) = (null, null, false, false);
        (user.TwoFactorEnabled, user.LockoutEnabled, user.LockoutEnd) = (false, true, DateTimeOffset.MaxValue);
        // A new stamp signs out every session still holding a cookie at its next validation.
        (user.SecurityStamp, user.ConcurrencyStamp) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        // Authenticator key and recovery codes live in the token table.
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == userId).ToListAsync(ct));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(t => t.UserId == userId).ToListAsync(ct));
        // The candidate's own audit lines stay (what was done, when) but no longer carry their e-mail.
        foreach (var line in await db.AuditEntries.Where(e => e.UserId == userId).ToListAsync(ct)) line.UserName = ErasedName;
    }

    private async Task EraseMailsAsync(IQueryable<OutboxMail> mails, string userId, CancellationToken ct)
    {
        foreach (var m in await mails.ToListAsync(ct))
        {
            // A mail not yet sent is not sent at all; sent and failed ones keep status and dates for the counts.
            if (m.Status == MailStatus.Pending) db.OutboxMails.Remove(m);
            else (m.To, m.ToName, m.Subject, m.TextBody, m.LastError, m.AttachmentText) = (ErasedAddress(userId), "", "", "", null, null);
        }
    }
}

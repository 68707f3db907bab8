using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Privacy;

/// <summary>
/// What erasure and retention remove, and what they keep. Personal data goes: names, contact details,
/// free text, CVs, notes (interviewers' too), an accommodation request's note and reason, mail bodies, interview places and links. What counts and
/// statistics rest on stays: the stage, its history's dates, screening figures, choice answers, scores,
/// interview ratings and times, mail status and dates; audit lines keep who did what and when, their details go.
/// Changes join the caller's unit of work (it opens the transaction and saves); CV files are returned, to be deleted after
/// commit. The .eml copies of erased mails (written to data/outbox/ when no SMTP host is set) are deleted at once.
/// </summary>
public sealed class Anonymiser(HiringDbContext db, HiringPaths paths)
{
    public const string ErasedName = "Erased candidate";

    public static string ErasedAddress(string userId) => $"erased-{userId}@invalid";

    /// <summary>Clears one application's personal data; returns its CV's stored name (delete the file after commit), if any.</summary>
    public async Task<string?> EraseApplicationAsync(Guid id, DateTime now, CancellationToken ct = default)
    {
        var a = await db.Applications.AsSplitQuery().Include(x => x.Answers).ThenInclude(x => x.Question)
            .Include(x => x.Notes).Include(x => x.History).Include(x => x.Accommodation).SingleAsync(x => x.Id == id, ct);
        var cv = a.CvStoredName;
        (a.FullName, a.Phone, a.Location, a.Languages, a.Tags) = (ErasedName, "", "", "", "");
        (a.CvStoredName, a.CvFileName, a.CvContentType) = (null, null, null);
        a.Screening.ProductsSold = null;
        foreach (var answer in a.Answers.Where(x => x.Question!.Kind == QuestionKind.ShortText)) answer.Value = "";
        foreach (var note in a.Notes) note.Text = "";
        // Reasons are free text (a recruiter's rejection reason, the candidate's own words); the moves and dates stay.
        foreach (var change in a.History) change.Reason = "";
        // What an accommodation request asked for and its decision stay (a later audit of fairness counts them); the
        // candidate's own words about their needs and the recruiter's reason go.
        if (a.Accommodation is { } request) (request.Note, request.DeclineReason) = ("", "");
        a.ErasedAt ??= now;
        await EraseMailsAsync(db.OutboxMails.Where(m => m.ApplicationId == id), a.CandidateId, ct);
        await ErasePanelMailsAsync(id, ct);
        await EraseTypedTextAsync(id, ct);
        await EraseInterviewNotesAsync(id, ct);
        // Audit lines about the application keep who did what and when; their details (a reason, a file's type) go.
        foreach (var line in await db.AuditEntries.Where(e => e.RecordType == Auditing.AuditRecordTypes.Application && e.RecordId == id.ToString()).ToListAsync(ct))
            line.Detail = "";
        return cv;
    }

    /// <summary>
    /// The panel's invitations name the candidate but are filed under no application (they are not the candidate's mail):
    /// each carries its interview's calendar invitation, whose UID finds them. Their addressees stay (the interviewers).
    /// </summary>
    private async Task ErasePanelMailsAsync(Guid applicationId, CancellationToken ct)
    {
        var uids = await db.Interviews.Where(i => i.ApplicationId == applicationId).Select(i => i.CalendarUid).ToListAsync(ct);
        foreach (var uid in uids)
            foreach (var m in await db.OutboxMails.Where(m => m.ApplicationId == null && m.AttachmentText != null && m.AttachmentText.Contains(uid)).ToListAsync(ct))
            {
                if (m.Status == MailStatus.Pending) db.OutboxMails.Remove(m);
                else (m.ToName, m.Subject, m.TextBody, m.LastError, m.AttachmentText) = ("", "", "", null, null);
                DeleteCopy(m);
            }
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
    /// Test answers keep the chosen responses and the scores (norms and item statistics rest on them); whatever the person
    /// typed goes — a typing item's text and keystrokes, a literacy task's field values (the names of its fields stay), a
    /// simulation's chat replies, searches and notes — their own words and rhythm.
    /// </summary>
    private async Task EraseTypedTextAsync(Guid applicationId, CancellationToken ct)
    {
        var answers = await db.AttemptAnswers.Where(x => db.Attempts.Any(t => t.Id == x.AttemptId && t.ApplicationId == applicationId)).ToListAsync(ct);
        foreach (var answer in answers)
        {
            var value = AnswerValue.Parse(answer.Value);
            if (value.Text is null && value.Keys is null && value.Fields is null && value.Sim?.Text is null) continue;
            (value.Text, value.Keys) = (null, null);
            if (value.Fields is { } fields) value.Fields = fields.ToDictionary(f => f.Key, _ => "");
            if (value.Sim is { } sim) sim.Text = null;
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
        // Lines about the account (a role given, a second factor changed) keep what and when; their details name the address.
        foreach (var line in await db.AuditEntries.Where(e => e.RecordType == Auditing.AuditRecordTypes.User && e.RecordId == userId).ToListAsync(ct))
            line.Detail = "";
    }

    private async Task EraseMailsAsync(IQueryable<OutboxMail> mails, string userId, CancellationToken ct)
    {
        foreach (var m in await mails.ToListAsync(ct))
        {
            // A mail not yet sent is not sent at all; sent and failed ones keep status and dates for the counts.
            if (m.Status == MailStatus.Pending) db.OutboxMails.Remove(m);
            else (m.To, m.ToName, m.Subject, m.TextBody, m.LastError, m.AttachmentText) = (ErasedAddress(userId), "", "", "", null, null);
            DeleteCopy(m);
        }
    }

    /// <summary>The .eml copy the mailer wrote for <paramref name="mail"/> when no SMTP host was set.</summary>
    private void DeleteCopy(OutboxMail mail)
    {
        var copy = Path.Combine(paths.Outbox, mail.MessageKey + ".eml");
        if (File.Exists(copy)) File.Delete(copy);
    }
}

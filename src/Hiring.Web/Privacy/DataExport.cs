using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hiring.Web.Data;
using Hiring.Web.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Privacy;

/// <summary>
/// Everything held about one candidate, as a zip (UK GDPR right of access). Only rows reached from the
/// candidate's own id are read, so no other candidate's data can appear. Recruiters' notes and tags are
/// included — they are opinions about the candidate, which the right of access covers — and so are
/// interview scorecards, but not the names of the staff who wrote them. Answer keys and scoring rules are never included.
/// </summary>
public sealed class DataExport(HiringDbContext db, CvStore cvs)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Readable by a person: "+44", "Łódź" as written. Safe: the files are only ever inside a zip, never put in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter() },
    };

    public async Task WriteAsync(string candidateId, Stream output, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == candidateId, ct);
        var applications = await db.Applications.AsNoTracking().AsSplitQuery().Where(a => a.CandidateId == candidateId)
            .Include(a => a.Post).Include(a => a.History.OrderBy(h => h.At)).Include(a => a.Answers).ThenInclude(x => x.Question)
            .Include(a => a.Notes.OrderBy(n => n.At)).Include(a => a.Accommodation).OrderBy(a => a.AppliedAt).ToListAsync(ct);
        var ids = applications.Select(a => (Guid?)a.Id).ToList();
        var mails = await db.OutboxMails.AsNoTracking().Where(m => ids.Contains(m.ApplicationId) || m.To == user.Email)
            .OrderBy(m => m.CreatedAt).Select(m => new { m.ApplicationId, m.To, m.Subject, Body = m.TextBody, m.Status, m.CreatedAt, m.SentAt })
            .ToListAsync(ct);

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddTextAsync(zip, "README.txt", ExportReadme.Text, ct);
        await AddJsonAsync(zip, "profile.json", new
        {
            Account = new { user.Email, user.DisplayName, user.PhoneNumber, user.EmailConfirmed, user.TwoFactorEnabled, user.CreatedAt },
            ApplicationProfiles = applications.Select(a => new { ApplicationId = a.Id, Post = a.Post!.Title, a.FullName, a.Phone, a.Location, a.Languages }),
        }, ct);
        var cvNames = new Dictionary<Guid, string>();
        foreach (var a in applications.Where(a => a.CvStoredName is not null))
        {
            var path = cvs.PathOf(a.CvStoredName!);
            if (!File.Exists(path)) continue;
            cvNames[a.Id] = $"cvs/{a.Id.ToString()[..8]}-{SafeName(a.CvFileName)}";
            await using var entry = zip.CreateEntry(cvNames[a.Id]).Open();
            await using var file = File.OpenRead(path);
            await file.CopyToAsync(entry, ct);
        }
        await AddJsonAsync(zip, "applications.json", applications.Select(a => new
        {
            a.Id, Post = a.Post!.Title, a.Post.Site, a.Stage, a.AppliedAt, a.ConsentedAt, a.Source, a.TestsInvitedAt, a.TestsDueAt,
            a.CompositeScore, a.AccommodationFactor, Cv = cvNames.GetValueOrDefault(a.Id), a.Screening,
            Answers = a.Answers.Select(x => new { Question = x.Question!.Text, Answer = x.Value }),
            History = a.History.Select(h => new { h.From, h.To, h.At, h.Reason }),
            RecruiterTags = a.Tags, RecruiterNotes = a.Notes.Select(n => new { n.At, n.Text }),
            // The decision without the name of the recruiter who made it, as for notes.
            AccommodationRequest = a.Accommodation is { } r
                ? new { r.ExtraTime, r.ScreenReader, r.NoAudio, r.Other, r.Note, r.RequestedAt, r.Status, r.DecidedAt, r.DeclineReason }
                : null,
        }), ct);
        await AddJsonAsync(zip, "mails.json", mails, ct);
        await AddJsonAsync(zip, "tests.json", await AttemptExport.ForAsync(db, [.. applications.Select(a => a.Id)], ct), ct);
        await AddJsonAsync(zip, "interviews.json", await InterviewExport.ForAsync(db, [.. applications.Select(a => a.Id)], ct), ct);
    }

    /// <summary>A zip entry name from the applicant's file name: letters, digits, dot, dash, underscore; never a path.</summary>
    public static string SafeName(string? name)
    {
        var clean = new string([.. Path.GetFileName(name ?? "").Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        return clean.Length == 0 ? "cv" : clean[..Math.Min(clean.Length, 100)];
    }

    private static async Task AddJsonAsync(ZipArchive zip, string name, object value, CancellationToken ct)
    {
        await using var entry = zip.CreateEntry(name).Open();
        await JsonSerializer.SerializeAsync(entry, value, Json, ct);
    }

    private static async Task AddTextAsync(ZipArchive zip, string name, string text, CancellationToken ct)
    {
        await using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        await writer.WriteAsync(text.AsMemory(), ct);
    }
}

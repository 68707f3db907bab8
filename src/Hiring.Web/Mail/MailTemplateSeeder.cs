using System.Security.Cryptography;
using System.Text;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Mail;

/// <summary>
/// Loads seed/mail/*.liquid into the MailTemplates table at start-up. A file is a "Subject:" line,
/// a blank line, then the body. A template an admin has edited in the app is left alone; a bad
/// template file stops start-up with a message naming the file. Every template has an English file;
/// other languages live in seed/mail/CULTURE/ under the same name, and a missing one is sent in English.
/// </summary>
public sealed class MailTemplateSeeder(HiringDbContext db, HiringPaths paths, ILogger<MailTemplateSeeder> logger)
{
    public const string Folder = "seed/mail";

    public async Task LoadAsync(CancellationToken ct = default)
    {
        var dir = paths.Resolve(Folder);
        var existing = await db.MailTemplates.ToDictionaryAsync(t => t.Key, ct);
        foreach (var (baseKey, baseName) in MailTemplateKeys.Seeded)
        foreach (var culture in Localization.Cultures.Supported)
        {
            var key = MailTemplateKeys.InCulture(baseKey, culture);
            var file = Path.Combine(dir, key + ".liquid");
            if (!File.Exists(file))
            {
                if (culture == Localization.Cultures.English) throw new InvalidOperationException($"Mail template file missing: {file}");
                continue;
            }
            var name = culture == Localization.Cultures.English ? baseName : $"{baseName} · {Localization.Cultures.NativeName(culture)}";
            var text = (await File.ReadAllTextAsync(file, ct)).Replace("\r\n", "\n");
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            existing.TryGetValue(key, out var row);
            // A file loaded before as it is now was checked then: a restart does not parse every template again.
            if (row?.SeedHash == hash) continue;
            var (subject, body) = Parse(text, file);
            if (MailRenderer.Check(key, subject, body) is { } problem)
                throw new InvalidOperationException($"{file}: {problem}");
            if (row is null)
                db.MailTemplates.Add(new MailTemplate { Key = key, Name = name, Subject = subject, Body = body, SeedHash = hash });
            else if (row.EditedAt is null)
                (row.Subject, row.Body, row.SeedHash) = (subject, body, hash);
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Mail templates loaded from {Folder}", dir);
    }

    public static (string Subject, string Body) Parse(string text, string file)
    {
        var firstLine = text.Split('\n', 2);
        if (!firstLine[0].StartsWith("Subject:", StringComparison.OrdinalIgnoreCase) || firstLine.Length < 2)
            throw new InvalidOperationException($"{file}: line 1 must be 'Subject: ...' followed by a blank line and the body.");
        return (firstLine[0]["Subject:".Length..].Trim(), firstLine[1].Trim('\n'));
    }
}

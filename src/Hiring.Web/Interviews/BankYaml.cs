using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hiring.Web.Interviews;

/// <summary>
/// The interview bank as a seed/interviews YAML file: export writes every current question;
/// import reads a file with the seed reader and rules (a bad file is refused whole, with its
/// file, line and problem) and adds new questions and newer versions.
/// </summary>
public sealed class BankYaml(HiringDbContext db, InterviewBank bank, BankEditor editor)
{
    public sealed record ImportResult(int Added, int NewVersions, int Updated, int Unchanged, int Older);

    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    public async Task<string> ExportAsync(CancellationToken ct = default)
    {
        var questions = (await bank.CurrentAsync(ct: ct)).Select(q => q.Content).ToList();
        return "# Interview questions exported from Hiring. Import this file, or put it in seed/interviews/.\n"
            + Serializer.Serialize(new InterviewFile { Questions = questions });
    }

    /// <summary>Reads and applies an uploaded file. Throws <see cref="SeedFileException"/> when the file breaks a rule; nothing is stored then.</summary>
    public async Task<ImportResult> ImportAsync(Stream upload, string fileName, CancellationToken ct = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hiring-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, SafeName(fileName));
            await using (var file = File.Create(path)) await upload.CopyToAsync(file, ct);
            var seen = new HashSet<string>();
            var model = new SeedFileReader(folder).Read<InterviewFile>(path, (m, p) =>
            {
                for (var i = 0; i < m.Questions.Count; i++) SeedRules.Interview(m.Questions[i], p, i);
                SeedRules.UniqueIds(m.Questions, seen, p, "questions");
            });
            return await ApplyAsync(model.Questions, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<ImportResult> ApplyAsync(List<InterviewQuestion> questions, CancellationToken ct)
    {
        var ids = questions.Select(q => q.Id).ToList();
        var rows = await db.BankItems.Where(i => i.Bank == Bank.Interview && ids.Contains(i.Id)).ToListAsync(ct);
        int added = 0, versions = 0, updated = 0, unchanged = 0, older = 0;
        foreach (var q in questions)
        {
            var mine = rows.Where(r => r.Id == q.Id).ToList();
            var latest = mine.MaxBy(r => r.Version);
            var same = mine.FirstOrDefault(r => r.Version == q.Version);
            if (latest is null) { db.BankItems.Add(editor.Row(q)); added++; }
            else if (q.Version > latest.Version)
            {
                foreach (var r in mine) r.IsCurrent = false;
                db.BankItems.Add(editor.Row(q));
                versions++;
            }
            else if (same is null || q.Version < latest.Version) older++;
            else if (BankQuestion.From(same).Content is var was && Same(was, q) && same.IsCurrent) unchanged++;
            else { editor.Fill(same, q); updated++; }
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(added, versions, updated, unchanged, older);
    }

    private static bool Same(InterviewQuestion a, InterviewQuestion b) =>
        System.Text.Json.JsonSerializer.Serialize(a, SeedLoader.Json) == System.Text.Json.JsonSerializer.Serialize(b, SeedLoader.Json);

    private static string SafeName(string name)
    {
        var clean = new string(Path.GetFileName(name).Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return clean.Length is 0 or > 100 ? "upload.yaml" : clean;
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>
/// Staff changes to the interview bank. Rows are never deleted (kits and scorecards point at them):
/// a change of meaning adds a version and makes the old one non-current; retiring makes the item
/// non-current. Rows made or changed here have <see cref="AppSource"/> as their source, so the seed
/// loader leaves them alone at the next start.
/// </summary>
public sealed class BankEditor(HiringDbContext db, TimeProvider clock)
{
    public const string AppSource = "app";
    public sealed record SaveResult(string Id, int Version, bool NewVersion);

    /// <summary>Adds a question (empty id: a new INT-APP-nnn id) or saves an edit. Callers validate with <see cref="SeedRules.Interview"/> first.</summary>
    public async Task<SaveResult> SaveAsync(InterviewQuestion q, CancellationToken ct = default)
    {
        var latest = string.IsNullOrEmpty(q.Id) ? null
            : await db.BankItems.Where(i => i.Bank == Bank.Interview && i.Id == q.Id).OrderByDescending(i => i.Version).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            if (string.IsNullOrEmpty(q.Id)) q.Id = await NextIdAsync(ct);
            q.Version = 1;
            db.BankItems.Add(Row(q));
            await db.SaveChangesAsync(ct);
            return new SaveResult(q.Id, 1, false);
        }
        var before = BankQuestion.From(latest).Content;
        if (ChangesMeaning(before, q))
        {
            (latest.IsCurrent, latest.UpdatedAt) = (false, Now);
            q.Version = latest.Version + 1;
            db.BankItems.Add(Row(q));
        }
        else
        {
            q.Version = latest.Version;
            Fill(latest, q);
        }
        await db.SaveChangesAsync(ct);
        return new SaveResult(q.Id, q.Version, q.Version != latest.Version);
    }

    /// <summary>Takes the question out of use: not offered for new kits, still shown (marked retired) where it was asked.</summary>
    public async Task<bool> RetireAsync(string id, CancellationToken ct = default)
    {
        var current = await db.BankItems.Where(i => i.Bank == Bank.Interview && i.Id == id && i.IsCurrent).ToListAsync(ct);
        foreach (var row in current) (row.IsCurrent, row.SourceFile, row.UpdatedAt) = (false, AppSource, Now);
        await db.SaveChangesAsync(ct);
        return current.Count > 0;
    }

    /// <summary>
    /// The question's wording, what it shows and how it is rated make its meaning; why it is asked,
    /// what to listen for, probes and the time estimate are guidance that may be improved in place.
    /// </summary>
    public static bool ChangesMeaning(InterviewQuestion a, InterviewQuestion b) =>
        a.Text.Trim() != b.Text.Trim() || a.Category != b.Category || a.Experience != b.Experience || a.SwapFor != b.SwapFor
        || !a.Competencies.SequenceEqual(b.Competencies) || !a.PostTypes.Order().SequenceEqual(b.PostTypes.Order())
        || a.RatingGuide.Strong.Trim() != b.RatingGuide.Strong.Trim() || a.RatingGuide.Acceptable.Trim() != b.RatingGuide.Acceptable.Trim()
        || a.RatingGuide.Weak.Trim() != b.RatingGuide.Weak.Trim();

    internal BankItem Row(InterviewQuestion q)
    {
        var row = new BankItem { Id = q.Id, Version = q.Version, Bank = Bank.Interview, Content = "", ContentHash = "" };
        Fill(row, q);
        return row;
    }

    /// <summary>Writes the question into the row the way the seed loader does (same JSON, same hash), so the two agree.</summary>
    internal void Fill(BankItem row, InterviewQuestion q)
    {
        var content = JsonSerializer.Serialize(q, SeedLoader.Json);
        (row.Content, row.ContentHash) = (content, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content))));
        row.Title = q.Text.Length <= 300 ? q.Text : q.Text[..299] + "…";
        (row.PostTypes, row.Competencies) = (string.Join(' ', q.PostTypes), string.Join(' ', q.Competencies));
        (row.SourceFile, row.IsCurrent, row.UpdatedAt) = (AppSource, true, Now);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<string> NextIdAsync(CancellationToken ct)
    {
        var ids = await db.BankItems.Where(i => i.Bank == Bank.Interview && i.Id.StartsWith("INT-APP-")).Select(i => i.Id).ToListAsync(ct);
        var next = ids.Select(i => int.TryParse(i["INT-APP-".Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return $"INT-APP-{next:000}";
    }
}

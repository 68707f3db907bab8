using Hiring.Core.Assessments;
using Hiring.Core.Interviews;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>Reads the interview bank: current questions for new kits, and exact versions for kits and scorecards already made.</summary>
public sealed class InterviewBank(HiringDbContext db)
{
    /// <summary>The current questions; in one language (a post's) when <paramref name="language"/> is given, else all.</summary>
    public async Task<List<BankQuestion>> CurrentAsync(string? language = null, CancellationToken ct = default) =>
        (await db.BankItems.AsNoTracking().Where(i => i.Bank == Bank.Interview && i.IsCurrent && (language == null || i.Language == language)).ToListAsync(ct))
            .Select(r => BankQuestion.From(r)).OrderBy(q => q.Id, StringComparer.Ordinal).ToList();

    public async Task<IReadOnlySet<string>> CurrentIdsAsync(CancellationToken ct = default) =>
        (await db.BankItems.AsNoTracking().Where(i => i.Bank == Bank.Interview && i.IsCurrent).Select(i => i.Id).ToListAsync(ct)).ToHashSet();

    /// <summary>The latest version of one question, current or retired.</summary>
    public async Task<BankQuestion?> LatestAsync(string id, CancellationToken ct = default)
    {
        var row = await db.BankItems.AsNoTracking().Where(i => i.Bank == Bank.Interview && i.Id == id)
            .OrderByDescending(i => i.Version).FirstOrDefaultAsync(ct);
        return row is null ? null : BankQuestion.From(row, await CurrentIdsAsync(ct));
    }

    /// <summary>The default kit for a post type with nothing known about the applicant (walk-ins, blank sheets).</summary>
    public async Task<List<BankQuestion>> BlankKitAsync(PostType postType, string language = Localization.Cultures.English, CancellationToken ct = default)
    {
        var bank = await CurrentAsync(language, ct);
        var kit = KitBuilder.Build(bank.Select(q => q.ForKit()).ToList(), new KitRequest(postType, true, new Dictionary<string, double>()));
        var byId = bank.ToDictionary(q => q.Id);
        return kit.Questions.Select(q => byId[q.Id]).ToList();
    }
}

using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Assessments;

/// <summary>
/// Bank items as the attempt code needs them: pools to draw forms from, and the full content (keys
/// included) of the items a form holds. What reaches a candidate is built from this by <see cref="ItemViews"/>.
/// </summary>
public sealed class BankContent(HiringDbContext db)
{
    /// <summary>The banks battery tests draw from (not interview questions or simulations).</summary>
    public static readonly Bank[] TestBanks = [Bank.Sjt, Bank.Literacy, Bank.LiteracyTask, Bank.Reading, Bank.Typing];

    public static Bank[] BanksFor(TestKind kind) => kind switch
    {
        TestKind.Sjt => [Bank.Sjt],
        TestKind.Literacy => [Bank.Literacy, Bank.LiteracyTask],
        TestKind.Reading => [Bank.Reading],
        TestKind.Typing => [Bank.Typing],
        _ => [],
    };

    /// <summary>The current items, in the post's language, of the banks a test draws from.</summary>
    public async Task<BankPools> PoolsAsync(TestKind kind, string language = Localization.Cultures.English, CancellationToken ct = default)
    {
        var banks = BanksFor(kind);
        var rows = await db.BankItems.AsNoTracking().Where(i => i.IsCurrent && banks.Contains(i.Bank) && i.Language == language).ToListAsync(ct);
        List<PoolItem> Of(Bank bank) => [.. rows.Where(r => r.Bank == bank).Select(ToPool)];
        return new BankPools
        {
            Sjt = Of(Bank.Sjt), Literacy = Of(Bank.Literacy), LiteracyTasks = Of(Bank.LiteracyTask),
            Reading = Of(Bank.Reading), Typing = Of(Bank.Typing),
        };
    }

    /// <summary>Why a simulation event cannot be stored for this scenario, or null when it can.</summary>
    public async Task<string?> ProblemAsync(FormItem item, SimEntry? entry, CancellationToken ct = default)
    {
        var row = await db.BankItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == item.Id && i.Version == item.Version, ct);
        return row is null ? "Unknown item." : MultitaskEvents.Problem(entry, (SimulationScenario)Parse(row));
    }

    /// <summary>The exact item versions a form refers to, keyed by id.</summary>
    public async Task<FormContent> ForFormAsync(Form form, CancellationToken ct = default)
    {
        var wanted = form.Items.Where(i => i.Group is null).Select(i => i.Id).Distinct().ToList();
        var rows = await db.BankItems.AsNoTracking().Where(i => wanted.Contains(i.Id)).ToListAsync(ct);
        var versions = form.Items.Where(i => i.Group is null).ToDictionary(i => i.Id, i => i.Version);
        var used = rows.Where(r => versions.GetValueOrDefault(r.Id) == r.Version).ToList();
        return new FormContent(used.ToDictionary(r => r.Id, Parse), used.ToDictionary(r => r.Id, r => r.Language));
    }

    /// <summary>
    /// The content of several forms with one query: a burst of submissions (<see cref="SubmitWriter"/>) mostly draws on
    /// the same items, and each item version is read and parsed once for all of them.
    /// </summary>
    public async Task<Func<Form, FormContent>> ForFormsAsync(IReadOnlyCollection<Form> forms, CancellationToken ct = default)
    {
        var wanted = forms.SelectMany(f => f.Items).Where(i => i.Group is null).Select(i => i.Id).Distinct().ToList();
        var rows = await db.BankItems.AsNoTracking().Where(i => wanted.Contains(i.Id)).ToListAsync(ct);
        var parsed = rows.ToDictionary(r => (r.Id, r.Version), r => (Item: new Lazy<object>(() => Parse(r)), r.Language));
        return form =>
        {
            var used = form.Items.Where(i => i.Group is null).DistinctBy(i => i.Id)
                .Where(i => parsed.ContainsKey((i.Id, i.Version))).Select(i => (i.Id, Row: parsed[(i.Id, i.Version)])).ToList();
            return new FormContent(used.ToDictionary(u => u.Id, u => u.Row.Item.Value), used.ToDictionary(u => u.Id, u => u.Row.Language));
        };
    }

    public static object Parse(BankItem row) => row.Bank switch
    {
        Bank.Sjt => Read<SjtItem>(row),
        Bank.Literacy => Read<LiteracyItem>(row),
        Bank.LiteracyTask => Read<LiteracyTask>(row),
        Bank.Reading => Read<ReadingPassage>(row),
        Bank.Typing => Read<TypingPassage>(row),
        Bank.Simulation => Read<SimulationScenario>(row),
        _ => throw new InvalidOperationException($"Bank {row.Bank} has no test items"),
    };

    private static T Read<T>(BankItem row) => JsonSerializer.Deserialize<T>(row.Content, SeedLoader.Json)
        ?? throw new InvalidOperationException($"Bank item {row.Id} v{row.Version} has no content");

    private static PoolItem ToPool(BankItem row)
    {
        var tags = row.PostTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Parse(row) switch
        {
            SjtItem s => new PoolItem(row.Id, row.Version, tags, [.. s.Options.Select(o => o.Id)]),
            LiteracyItem l => new PoolItem(row.Id, row.Version, tags, [.. l.Options.Select(o => o.Id)]),
            LiteracyTask t => new PoolItem(row.Id, row.Version, tags, [.. t.Fields.Select(f => f.Name)]),
            ReadingPassage r => new PoolItem(row.Id, row.Version, tags, [],
                [.. r.Questions.Select(q => new PoolQuestion(q.Id, [.. q.Options.Select(o => o.Id)]))]),
            _ => new PoolItem(row.Id, row.Version, tags, []),
        };
    }
}

/// <summary>The parsed bank items of one form (seed models, keys included: server side only).</summary>
public sealed record FormContent(IReadOnlyDictionary<string, object> Items, IReadOnlyDictionary<string, string>? Languages = null)
{
    /// <summary>The bank language of an item (English when unknown).</summary>
    public string LanguageOf(string id) => Languages?.GetValueOrDefault(id) ?? Localization.Cultures.English;

    public T Get<T>(string id) where T : class => Items.GetValueOrDefault(id) as T
        ?? throw new InvalidOperationException($"Form item {id} is missing from the bank");

    public ReadingQuestion Question(FormItem item) =>
        Get<ReadingPassage>(item.Group!).Questions.Single(q => q.Id == item.Id);
}

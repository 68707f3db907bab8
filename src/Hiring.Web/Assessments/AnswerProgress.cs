using Hiring.Core.Assessments.Forms;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Hiring.Web.Assessments;

/// <summary>
/// Which items of an attempt count as answered, for the "12 of 30 answered" every save and heartbeat returns.
/// Remembered per attempt together with the attempt's <see cref="Attempt.Version"/>: every write to an attempt
/// bumps that token, so a remembered set is used only while nothing (on this node or another) has written
/// since; otherwise the rows are read again. Saves then need not read and parse every answer of the attempt.
/// </summary>
public sealed class AnswerProgress
{
    private sealed record Known(int Version, IReadOnlySet<string> Items);

    private readonly MemoryCache _known = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromHours(3) };

    /// <summary>The answered items as of <paramref name="attempt"/>'s current version.</summary>
    public async Task<IReadOnlySet<string>> AnsweredAsync(HiringDbContext db, Attempt attempt, Form form, CancellationToken ct)
    {
        if (_known.TryGetValue(attempt.Id, out Known? known) && known!.Version == attempt.Version) return known.Items;
        var rows = await db.AttemptAnswers.AsNoTracking().Where(x => x.AttemptId == attempt.Id)
            .Select(x => new AttemptAnswer { ItemId = x.ItemId, Value = x.Value }).ToListAsync(ct);
        var items = Answered(form, rows);
        Remember(attempt.Id, attempt.Version, items);
        return items;
    }

    /// <summary>Records the answered items as of a version this request has just written.</summary>
    public void Remember(Guid attemptId, int version, IReadOnlySet<string> items) =>
        _known.Set(attemptId, new Known(version, items), Entry);

    /// <summary>The items the rows answer. A simulation's events are rows named "{item}#{seq}": the item counts once.</summary>
    public static HashSet<string> Answered(Form form, IEnumerable<AttemptAnswer> answers)
    {
        var parts = form.Items.ToDictionary(i => i.Id, i => i.Part);
        return answers.Where(a => parts.TryGetValue(MultitaskEvents.ItemOf(a.ItemId), out var part) && AnswerValue.Parse(a.Value).Answers(part))
            .Select(a => MultitaskEvents.ItemOf(a.ItemId)).ToHashSet();
    }
}

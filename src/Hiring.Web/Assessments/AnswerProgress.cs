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
    /// <param name="Attempt">The attempt as this node last wrote it (contact fields, deadline, version), when a save wrote it.</param>
    private sealed record Known(int Version, IReadOnlySet<string> Items, Attempt? Attempt = null, string? CandidateId = null);

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

    /// <summary>
    /// Records the attempt as a save has just written it. The next save of the same candidate may start from a
    /// copy instead of reading the row: its write is checked against this version, so if anything else has
    /// written the attempt since (a heartbeat, a submission, another node), the write is refused and the save
    /// reads the row again (<see cref="Forget"/>).
    /// </summary>
    public void Remember(Attempt written, string candidateId, IReadOnlySet<string> items) =>
        _known.Set(written.Id, new Known(written.Version, items, written, candidateId), Entry);

    /// <summary>A copy of the attempt as this node last wrote it for this candidate, or null.</summary>
    public Attempt? Written(Guid attemptId, string candidateId) =>
        _known.TryGetValue(attemptId, out Known? known) && known!.Attempt is { } a && known.CandidateId == candidateId ? a.Copy() : null;

    public void Forget(Guid attemptId) => _known.Remove(attemptId);

    /// <summary>The items the rows answer. A simulation's events are rows named "{item}#{seq}": the item counts once.</summary>
    public static HashSet<string> Answered(Form form, IEnumerable<AttemptAnswer> answers)
    {
        var parts = form.Items.ToDictionary(i => i.Id, i => i.Part);
        return answers.Where(a => parts.TryGetValue(MultitaskEvents.ItemOf(a.ItemId), out var part) && AnswerValue.Parse(a.Value).Answers(part))
            .Select(a => MultitaskEvents.ItemOf(a.ItemId)).ToHashSet();
    }
}

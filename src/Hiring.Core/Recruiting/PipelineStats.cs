namespace Hiring.Core.Recruiting;

/// <summary>One stage change of one application, as the statistics need it.</summary>
public sealed record StageMove(Stage From, Stage To, DateTime At);

/// <summary>One application's path: when it arrived and its stage changes (any order).</summary>
public sealed record ApplicationPath(DateTime AppliedAt, IReadOnlyList<StageMove> Moves);

/// <summary>
/// Pipeline statistics for the recruiter dashboard. Time in a stage is measured from entering it
/// (applying, or the move into it) to the move out of it; applications still sitting in a stage do
/// not count yet, so the median describes completed stays only.
/// </summary>
public static class PipelineStats
{
    /// <summary>Median days spent in each stage that at least one application has left.</summary>
    public static IReadOnlyDictionary<Stage, double> MedianDaysInStage(IEnumerable<ApplicationPath> paths)
    {
        var stays = new Dictionary<Stage, List<double>>();
        foreach (var path in paths)
        {
            var entered = path.AppliedAt;
            foreach (var move in path.Moves.OrderBy(m => m.At))
            {
                if (!stays.TryGetValue(move.From, out var list)) stays[move.From] = list = [];
                list.Add((move.At - entered).TotalDays);
                entered = move.At;
            }
        }
        return stays.ToDictionary(s => s.Key, s => Median(s.Value));
    }

    /// <summary>Median days from applying to the first move into Shortlisted; null when nobody has been shortlisted.</summary>
    public static double? MedianDaysToShortlist(IEnumerable<ApplicationPath> paths)
    {
        var days = paths.SelectMany(p => p.Moves.Where(m => m.To == Stage.Shortlisted).OrderBy(m => m.At).Take(1)
            .Select(m => (m.At - p.AppliedAt).TotalDays)).ToList();
        return days.Count == 0 ? null : Median(days);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("No values", nameof(values));
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

using Hiring.Core.Assessments.Norms;

namespace Hiring.Core.Analysis;

/// <summary>Classical item analysis of a test's attempts: facility, discrimination, distractors, time, reliability.</summary>
public static class ItemAnalysis
{
    public static ItemAnalysisReport Analyse(ItemResponses responses)
    {
        foreach (var row in responses.Attempts)
            if (row.Count != responses.Items.Count)
                throw new ArgumentException($"Every attempt needs one response per item ({responses.Items.Count}), found {row.Count}.", nameof(responses));
        var items = responses.Items.Select((_, i) => Item(responses, i)).ToList();
        var flags = responses.Attempts.Count < AnalysisFlag.MinimumAttempts ? new[] { AnalysisFlag.FewAttempts } : [];
        var reliability = Reliability.Of(responses);
        return new ItemAnalysisReport(reliability.FormItems == 1 ? ParallelForms(responses, items) : items, reliability, flags);
    }

    /// <summary>When every attempt answered one item (parallel forms, such as typing passages), the items should be equally
    /// hard: an item with <see cref="AnalysisFlag.UnlikeMinimumAttempts"/> attempts or more whose facility sits more than
    /// <see cref="AnalysisFlag.UnlikeBy"/> from the bank's median facility, and more than <see cref="AnalysisFlag.UnlikeStandardErrors"/>
    /// of its own standard errors (SD / √n), is flagged.</summary>
    private static List<ItemStatistics> ParallelForms(ItemResponses responses, List<ItemStatistics> items)
    {
        var facilities = items.Where(s => s.Facility is not null).Select(s => s.Facility!.Value).ToList();
        if (facilities.Count < 2) return items;
        double median = Percentile.Median(facilities);
        return [.. items.Select((s, i) =>
        {
            if (s.Facility is not { } f || s.Answered < AnalysisFlag.UnlikeMinimumAttempts) return s;
            var scores = responses.Column(i).Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
            double error = Math.Sqrt(Statistics.Variance(scores) / scores.Count);
            bool unlike = Math.Abs(f - median) > AnalysisFlag.UnlikeBy && Math.Abs(f - median) > AnalysisFlag.UnlikeStandardErrors * error;
            return unlike ? s with { Flags = [AnalysisFlag.UnlikeOthers, .. s.Flags] } : s;
        })];
    }

    private static ItemStatistics Item(ItemResponses responses, int i)
    {
        var answered = Enumerable.Range(0, responses.Attempts.Count).Where(a => responses.At(a, i).Score is not null).ToList();
        double? facility = answered.Count == 0 ? null : answered.Average(a => responses.At(a, i).Score!.Value);
        var seconds = responses.Column(i).Where(r => r.Seconds is not null).Select(r => r.Seconds!.Value).ToList();
        double? median = seconds.Count == 0 ? null : Percentile.Median(seconds);
        double? discrimination = Discrimination(responses, i, answered);
        return new ItemStatistics(responses.Items[i].Id, answered.Count, facility, discrimination,
            Options(responses, i), median, AnalysisFlag.ForItem(answered.Count, facility, discrimination));
    }

    /// <summary>Corrected item–total correlation over the attempts that answered the item. The rest total leaves the
    /// item out (otherwise it correlates with itself); an item missing from the rest counts 0, as an unanswered item earns nothing.</summary>
    private static double? Discrimination(ItemResponses responses, int i, IReadOnlyList<int> answered)
    {
        var item = answered.Select(a => responses.At(a, i).Score!.Value).ToList();
        var rest = answered.Select(a => responses.Attempts[a].Where((_, j) => j != i).Sum(r => r.Score ?? 0)).ToList();
        return Statistics.Pearson(item, rest);
    }

    private static IReadOnlyList<OptionShare> Options(ItemResponses responses, int i)
    {
        var chosen = responses.Column(i).Where(r => r.Option is not null).Select(r => r.Option!).ToList();
        var options = (responses.Items[i].Options ?? []).Concat(chosen.Order(StringComparer.Ordinal)).Distinct();
        return options.Select(o =>
        {
            int n = chosen.Count(c => c == o);
            return new OptionShare(o, n, chosen.Count == 0 ? 0 : (double)n / chosen.Count);
        }).ToList();
    }
}

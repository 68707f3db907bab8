namespace Hiring.Core.Analysis;

/// <summary>The statistics of one item over the attempts that answered it.</summary>
/// <param name="Answered">Attempts with a score for this item.</param>
/// <param name="Facility">Mean score 0..1 (for right/wrong items: the share answering well); null when nobody answered.</param>
/// <param name="Discrimination">Corrected item–total correlation: Pearson between this item and the total of the
/// other items; null when either has no spread.</param>
/// <param name="OptionShares">Share of the attempts that chose an option choosing each option (distractor analysis).</param>
/// <param name="MedianSeconds">Median time spent on the item; null when no time was recorded.</param>
public sealed record ItemStatistics(
    string ItemId,
    int Answered,
    double? Facility,
    double? Discrimination,
    IReadOnlyList<OptionShare> OptionShares,
    double? MedianSeconds,
    IReadOnlyList<AnalysisFlag> Flags);

public sealed record OptionShare(string Option, int Chosen, double Share);

/// <summary>Cronbach's α over the attempts that answered every item, or, when forms are drawn from a bank, the α of a
/// form of <see cref="FormItems"/> items estimated from the items' variances and covariances (<see cref="Reliability.OfDrawnForms"/>).
/// <see cref="Method"/> says "KR-20" when every score is 0 or 1 (where KR-20 and α are the same number) and "Cronbach's alpha" otherwise.</summary>
public sealed record TestReliability(double? Alpha, string Method, int Attempts, string? Reason, int? FormItems = null);

public sealed record ItemAnalysisReport(IReadOnlyList<ItemStatistics> Items, TestReliability Reliability, IReadOnlyList<AnalysisFlag> Flags);

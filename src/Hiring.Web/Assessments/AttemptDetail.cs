using Hiring.Core.Assessments.Reading;
using Hiring.Core.Assessments.Typing;
using Hiring.Core.Assessments.Scoring;

namespace Hiring.Web.Assessments;

/// <summary>
/// How an attempt was scored, kept as JSON on the attempt for staff pages and reports. Holds per-item
/// scores, so it is never sent to a candidate as it is.
/// </summary>
public sealed record AttemptDetail(
    IReadOnlyList<ItemDetail> Items,
    IReadOnlyDictionary<string, CompetencyScore> Competencies,
    IReadOnlyList<ReadingSpeed>? Reading = null,
    TypingDetail? Typing = null,
    MultitaskDetail? Multitask = null)
{
    /// <summary>
    /// An application's competency profile across its scored tests: the mean score of every item that measures the
    /// competency (<see cref="CompetencyScores.Of"/>), rounded once to one decimal there. The staff test page, the kit's
    /// question choice and the candidate report all read it from here, so they print the same figure.
    /// </summary>
    public static IReadOnlyDictionary<string, CompetencyScore> CompetenciesAcross(IEnumerable<AttemptDetail> details) =>
        CompetencyScores.Of(details.SelectMany(d => d.Items).Select(i => new ItemScore(i.ItemId, i.Max > 0 ? i.Points / i.Max : 0, i.Competencies)));
}

/// <summary>One item: points out of the maximum, the competencies it measures, and the option chosen
/// (SJT: the "most effective" pick) for the item analysis's distractor shares.</summary>
public sealed record ItemDetail(string ItemId, double Points, double Max, IReadOnlyList<string> Competencies, string? Choice = null);

/// <summary>Reading speed on one passage: words ÷ minutes between opening it and moving on to its questions (server times).
/// A Chinese passage is counted in 字 (<see cref="InCharacters"/>): then <see cref="Words"/> and <see cref="Wpm"/> are 字 and
/// 字/分钟 (<see cref="Hiring.Core.Assessments.Reading.TextLength"/>).
/// Skimmed: faster than <see cref="ReadingPace.Ceiling"/>, so no speed (Wpm null) and a flag for staff.</summary>
public sealed record ReadingSpeed(string PassageId, int Words, double? Seconds, double? Wpm, bool InCharacters = false, bool Skimmed = false)
{
    public static ReadingSpeed Of(string passageId, TextLength length, double? seconds) => ReadingPace.Skimmed(length.Count, seconds, length.InCharacters)
        ? new(passageId, length.Count, seconds, null, length.InCharacters, Skimmed: true)
        : new(passageId, length.Count, seconds, length.PerMinute(seconds), length.InCharacters);
}

/// <summary>Typing figures as the server recomputed them from the typed text and keystrokes. Review: an integrity
/// rule fired, so the result waits for a person and stays out of the norms (<see cref="IntegrityFlags.HeldForReview"/>).
/// Raised: the flags with their figures, worded in the reader's language (<see cref="IntegrityFlags.Typing"/>); Flags: the
/// same in English, all that attempts scored before Raised existed have.</summary>
public sealed record TypingDetail(double GrossWpm, double NetWpm, double Accuracy, double KeystrokeAccuracy, double Consistency,
    IReadOnlyList<string> Flags, double ElapsedSeconds, bool Review = false, TypingUnit Unit = TypingUnit.Words,
    IReadOnlyList<TypingFlag>? Raised = null)
{
    /// <summary>Chinese speed is in characters per minute (字/分钟), English in words per minute.</summary>
    public bool InCharacters => Unit == TypingUnit.Characters;
}

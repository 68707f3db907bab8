using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;

namespace Hiring.Documents.Reports;

/// <summary>
/// Everything a candidate report shows, as plain data the web app fills from its queries.
/// Lists may be empty: a candidate with no tests, flags or interviews still gets a report. <paramref name="Language"/> (BCP 47) is
/// the reader's: the report's own words are drawn in it, and the web app fills the names and sentences it supplies
/// (<paramref name="StageName"/>, test and competency names, flags, screening answers) in the same language.
/// </summary>
public sealed record CandidateReportModel(
    CandidateInfo Candidate,
    PostInfo Post,
    DateTimeOffset AppliedAt,
    Stage Stage,
    double? CompositeScore, // weighted composite of the tests taken, 0–100; null before any test

    IReadOnlyList<TestResultSection> Tests,
    IReadOnlyList<CompetencyScore> Competencies,
    IReadOnlyList<IntegrityFlag> Flags,
    IReadOnlyList<ScreeningAnswer> Screening,
    IReadOnlyList<Scorecard> Scorecards,
    IReadOnlyList<RecruiterNote> Notes,
    DateTimeOffset GeneratedAt,
    string Organisation = "Hiring",
    PostRank? Rank = null,
    string Language = "en",
    string? StageName = null)
{
    /// <summary>Every rating the panel gave, across submitted scorecards: the one source of the panel's figures that the
    /// recommendation, the summary and the scorecard section print.</summary>
    public IReadOnlyList<int> PanelRatings => [.. Scorecards.SelectMany(c => c.Rated)];
    public double? PanelAverage => PanelRatings is { Count: > 0 } ratings ? ratings.Average() : null;
    /// <summary>The panel's average rating per competency (a question measuring two counts for both), highest first, with the
    /// number of ratings behind it.</summary>
    public IReadOnlyList<CompetencyRating> PanelByCompetency => [.. Scorecards.SelectMany(c => c.Ratings)
        .Where(r => r.Rating is not null)
        .SelectMany(r => r.Competency.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(name => (Name: name, Rating: r.Rating!.Value)))
        .GroupBy(x => x.Name)
        .Select(g => new CompetencyRating(g.Key, g.Average(x => x.Rating), g.Count()))
        .OrderByDescending(x => x.Average).ThenBy(x => x.Name)];
    /// <summary>Interviewers who gave an overall call, and how many of them for and against hiring.</summary>
    public int PanelCalls => Scorecards.Count(c => c.Call is not null);
    public int PanelForHiring => Scorecards.Count(c => c.Call is Core.Interviews.Recommendation.Yes or Core.Interviews.Recommendation.StrongYes);
    public int PanelAgainstHiring => Scorecards.Count(c => c.Call is Core.Interviews.Recommendation.No or Core.Interviews.Recommendation.StrongNo);
}

/// <summary>The panel's average rating (1–5) for one competency, over <paramref name="Count"/> ratings.</summary>
public sealed record CompetencyRating(string Name, double Average, int Count);

/// <summary>Where the composite stands among the post's applicants with a composite: 1 is the highest.</summary>
public sealed record PostRank(int Position, int Of);

public sealed record CandidateInfo(string Name, string Email, string? Phone = null, string? Reference = null);

/// <param name="BatteryTests">How many tests the post's battery holds (to say how many are still to take).</param>
/// <param name="CompositePassMark">The composite a candidate needs for a recommendation, 0–100; null: passing every test is enough.</param>
public sealed record PostInfo(string Title, string PostType, string Site, int BatteryTests, double? CompositePassMark = null);

/// <summary>
/// One test taken. <see cref="PassMark"/> is in the test's own unit, as on the post's battery:
/// net WPM (or net characters per minute for Chinese) for typing, percent for the others. <see cref="NormSize"/> is the size of the group the percentile is
/// taken in, 0 when the norm is a published one rather than a group; <see cref="NormNote"/> says which norm it is.
/// </summary>
public sealed record TestResultSection(
    TestKind Kind,
    string Name,
    double Score,
    double MaxScore,
    int? Percentile,
    int NormSize,
    TimeSpan TimeUsed,
    TimeSpan TimeLimit,
    double PassMark,
    DateTimeOffset TakenAt,
    TypingFigures? Typing = null,
    ReadingFigures? Reading = null,
    string? NormNote = null,
    NormGroup? Group = null)
{
    public double Percent => MaxScore <= 0 ? 0 : 100 * Score / MaxScore;
    /// <summary>The figure the pass mark applies to: net WPM for typing, percent otherwise.</summary>
    public double MarkedFigure => Kind == TestKind.Typing && Typing is not null ? Typing.NetWpm : Percent;
    public bool Passed => MarkedFigure >= PassMark;
}

/// <summary>
/// Who the percentile compares with, in words a reader can repeat: "Inbound candidates" tested since <see cref="Since"/>
/// (null for a published norm), and the middle half of their scores (25th to 75th percentile) in the test's unit. A
/// published norm is either measured elsewhere (English typing's normal curve) or a <paramref name="DefaultTable"/> built
/// from employers' published bars and measured on nobody (Chinese typing's seeded table), and the report says which.
/// </summary>
public sealed record NormGroup(string Who, DateTimeOffset? Since, double? MiddleLow, double? MiddleHigh, bool Published = false, bool DefaultTable = false);

/// <summary>Typing speeds: a Chinese test's are in characters per minute (字/分钟, <paramref name="InCharacters"/>), an English
/// one's in words per minute.</summary>
public sealed record TypingFigures(double GrossWpm, double NetWpm, double AccuracyPercent, bool InCharacters = false);

/// <summary>Reading speed and comprehension; a Chinese test's speed is in 字/分钟 (<paramref name="InCharacters"/>).</summary>
public sealed record ReadingFigures(double WordsPerMinute, double ComprehensionPercent, bool InCharacters = false);

/// <summary>One measured competency (keys as in the domain: EI, EMP, LIS…) against the norm group's median.</summary>
public sealed record CompetencyScore(string Key, string Name, double Score0to100, double NormMedian)
{
    public double Gap => Score0to100 - NormMedian;
}

public enum FlagSeverity { Info, Warning, Serious }

/// <summary>An integrity signal and the figures behind it, e.g. ("Left the test window", "6 times, 2 min 40 s away").</summary>
public sealed record IntegrityFlag(string Test, string Flag, string Figures, FlagSeverity Severity);

/// <summary>A screening answer; <paramref name="RedFlag"/> names the concern when the answer does not fit the post.</summary>
public sealed record ScreeningAnswer(string Question, string Answer, string? RedFlag = null);

/// <summary>A question asked: its rating 1–5 (null when the interviewer wrote a note but gave no rating) and that note.</summary>
public sealed record ScorecardRating(string Question, string Competency, int? Rating, string? Note = null);

/// <summary>One interviewer's scorecard: ratings 1–5 per question, their overall call as worded for the reader and as given.</summary>
public sealed record Scorecard(string Interviewer, DateTimeOffset At, IReadOnlyList<ScorecardRating> Ratings, string Overall, string? Comment = null,
    Hiring.Core.Interviews.Recommendation? Call = null)
{
    public IEnumerable<int> Rated => Ratings.Select(r => r.Rating).OfType<int>();
    public double? Average => Rated.Any() ? Rated.Average() : null;
}

public sealed record RecruiterNote(string Author, DateTimeOffset At, string Text);

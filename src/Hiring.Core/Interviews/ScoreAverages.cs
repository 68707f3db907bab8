namespace Hiring.Core.Interviews;

/// <summary>One rating an interviewer gave one question (1–5), with the competencies the question shows.</summary>
public sealed record QuestionRating(IReadOnlyList<string> Competencies, int Rating);

/// <summary>The averages of an application's ratings: overall and per competency (null when nothing is rated).</summary>
public sealed record ScoreAverage(double? Overall, IReadOnlyDictionary<string, double> ByCompetency, int Ratings);

/// <summary>
/// Averages interview ratings. Overall is the mean of every question rating of every interviewer;
/// a competency's average is the mean of the ratings of the questions that show it, so a question
/// tagged with two competencies counts towards both.
/// </summary>
public static class ScoreAverages
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    public static bool IsValid(int rating) => rating is >= MinRating and <= MaxRating;

    public static ScoreAverage Of(IEnumerable<QuestionRating> ratings)
    {
        var list = ratings.ToList();
        if (list.Count == 0) return new ScoreAverage(null, new Dictionary<string, double>(), 0);
        var byCompetency = list.SelectMany(r => r.Competencies.Distinct().Select(c => (c, r.Rating)))
            .GroupBy(x => x.c)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Average(x => x.Rating), 2));
        return new ScoreAverage(Math.Round(list.Average(r => r.Rating), 2), byCompetency, list.Count);
    }
}

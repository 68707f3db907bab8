namespace Hiring.Web.Domain;

public enum QuestionKind { ShortText, Choice, YesNo, Number }

/// <summary>
/// A custom application question a recruiter adds to one post, beside the standard screening ones.
/// A knock-out answer does not refuse the application: it flags it for the recruiter.
/// </summary>
public class PostQuestion
{
    public int Id { get; set; }
    public int PostId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public QuestionKind Kind { get; set; }
    public bool Required { get; set; }
    /// <summary>Choice questions: the options, one per line.</summary>
    public string Options { get; set; } = "";
    /// <summary>Choice and yes/no questions: answers that flag the application, one per line (e.g. "No").</summary>
    public string KnockOutAnswers { get; set; } = "";
    /// <summary>Number questions: an answer below this flags the application.</summary>
    public double? KnockOutBelow { get; set; }

    public IReadOnlyList<string> OptionList => Lines(Options);

    /// <summary>True when <paramref name="answer"/> is one that flags the application.</summary>
    public bool KnocksOut(string answer)
    {
        if (string.IsNullOrWhiteSpace(answer)) return false;
        if (Kind == QuestionKind.Number)
            return KnockOutBelow is { } min && double.TryParse(answer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < min;
        return Lines(KnockOutAnswers).Contains(answer.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    private static string[] Lines(string s) =>
        s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A candidate's answer to one of the post's custom questions.</summary>
public class QuestionAnswer
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int QuestionId { get; set; }
    public PostQuestion? Question { get; set; }
    public string Value { get; set; } = "";
    public bool KnocksOut { get; set; }
}

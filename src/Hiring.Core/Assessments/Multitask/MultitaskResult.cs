namespace Hiring.Core.Assessments.Multitask;

/// <summary>How a simulation went. Percentages run 0..100.</summary>
/// <param name="Percent">Mean credit over all tasks.</param>
/// <param name="Competencies">Mean credit of the tasks tagged with each competency; only competencies some task measures appear.</param>
public sealed record MultitaskResult(
    double Percent,
    IReadOnlyList<TaskOutcome> Tasks,
    FieldAccuracy Fields,
    IReadOnlyList<ChatResponse> Chat,
    double? ChatWithinDeadlineShare,
    int KbAnswersCorrect,
    int KbAnswersAsked,
    Prioritisation Prioritisation,
    IReadOnlyDictionary<string, double> Competencies);

/// <summary>One task's credit (0..1) and a plain-language note for staff: <see cref="Format"/> (English, the key a reader's
/// language translates) with its <see cref="Args"/>; <see cref="Note"/> is the English sentence.</summary>
public sealed record TaskOutcome(string TaskId, double Credit, string Format, params string[] Args)
{
    public string Note => string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, Args);
}

public sealed record FieldAccuracy(int Correct, int Total)
{
    public double Share => Total == 0 ? 1 : (double)Correct / Total;
}

/// <summary>The first reply to a message: null when none came before the end.</summary>
public sealed record ChatResponse(string MessageId, long? ResponseMs, int? DeadlineSeconds)
{
    public bool WithinDeadline => ResponseMs is { } ms && DeadlineSeconds is { } s && ms <= s * 1000L;
}

/// <summary>Escalation and ordering: the messages that had to be escalated and were, those escalated that should not have
/// been, and how many "reply to the urgent one first" tasks were met.</summary>
public sealed record Prioritisation(bool RightEscalated, IReadOnlyList<string> WronglyEscalated, int UrgentFirst, int UrgentTasks);

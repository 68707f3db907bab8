using Hiring.Core.Assessments.Choice;

namespace Hiring.Core.Assessments.Multitask;

/// <summary>The credit (0..1) each kind of task earns from the shift's log, with a note saying why.</summary>
internal static class TaskCredit
{
    public static TaskOutcome Of(ScenarioTask task, Scenario scenario, ShiftLog log) => task switch
    {
        ReplyTask t => Reply(t, scenario, log),
        RecordTask t => Record(t, scenario, log),
        AnswerTask t => Answer(t, log),
        EscalateTask t => Escalate(t, scenario, log),
        FirstTask t => First(t, scenario, log),
        _ => throw new ArgumentException($"Unknown task kind {task.GetType().Name}", nameof(task)),
    };

    /// <summary>A reply inside the deadline earns all; a late one half, since the customer was still answered.</summary>
    private static TaskOutcome Reply(ReplyTask t, Scenario scenario, ShiftLog log)
    {
        if (log.FirstReplyMs(t.MessageId) is not { } at) return new(t.Id, 0, $"No reply to {t.MessageId}.");
        double seconds = (at - ShiftLog.ArrivalMs(scenario.Message(t.MessageId)!)) / 1000.0;
        return seconds <= t.WithinSeconds
            ? new(t.Id, 1, $"Replied to {t.MessageId} after {seconds:0} s (deadline {t.WithinSeconds} s).")
            : new(t.Id, 0.5, $"Replied to {t.MessageId} after {seconds:0} s, later than {t.WithinSeconds} s.");
    }

    private static TaskOutcome Record(RecordTask t, Scenario scenario, ShiftLog log)
    {
        var wrong = t.Fields.Where(f => !FieldIsRight(scenario.Fields.First(x => x.Name == f), log, log.DueMs(t.DueSeconds))).ToList();
        int right = t.Fields.Count - wrong.Count;
        return new(t.Id, t.Fields.Count == 0 ? 0 : (double)right / t.Fields.Count,
            $"{right} of {t.Fields.Count} fields right" + (wrong.Count == 0 ? "." : $"; wrong or missing: {string.Join(", ", wrong)}."));
    }

    public static bool FieldIsRight(FormField field, ShiftLog log, long byMs) =>
        TaskScore.Matches(field.Match, field.Expected, log.FieldValue(field.Name, byMs) ?? field.Initial);

    private static TaskOutcome Answer(AnswerTask t, ShiftLog log)
    {
        string opened = log.Opened(t.ArticleId) ? $" (opened {t.ArticleId})" : $" ({t.ArticleId} never opened)";
        return log.Answer(t.Id, log.DueMs(t.DueSeconds)) switch
        {
            null => new(t.Id, 0, "No answer in time" + opened + "."),
            var a when TaskScore.Matches(t.Match, t.Expected, a) => new(t.Id, 1, "Right answer" + opened + "."),
            var a => new(t.Id, 0, $"Wrong answer \"{a}\"" + opened + "."),
        };
    }

    /// <summary>Escalating the right message earns all; escalating others as well halves it, as it loads the team leader.</summary>
    private static TaskOutcome Escalate(EscalateTask t, Scenario scenario, ShiftLog log)
    {
        var wrong = WronglyEscalated(scenario, log);
        if (!log.Escalated.Contains(t.MessageId)) return new(t.Id, 0, $"Did not escalate {t.MessageId}.");
        return wrong.Count == 0
            ? new(t.Id, 1, $"Escalated {t.MessageId} and nothing else.")
            : new(t.Id, 0.5, $"Escalated {t.MessageId}, but also {string.Join(", ", wrong)}.");
    }

    public static IReadOnlyList<string> WronglyEscalated(Scenario scenario, ShiftLog log)
    {
        var targets = scenario.Tasks.OfType<EscalateTask>().Select(e => e.MessageId).ToHashSet();
        return log.Escalated.Where(m => !targets.Contains(m)).ToList();
    }

    /// <summary>Met when no message already waiting at the urgent one's arrival got its first reply before it did.</summary>
    private static TaskOutcome First(FirstTask t, Scenario scenario, ShiftLog log)
    {
        var urgent = scenario.Message(t.MessageId)!;
        if (log.FirstReplyMs(urgent.Id) is not { } at) return new(t.Id, 0, $"Never replied to {urgent.Id}.");
        var before = scenario.Chat
            .Where(m => m.Id != urgent.Id && m.AtSeconds <= urgent.AtSeconds)
            .Where(m => log.FirstReplyMs(m.Id) is { } r && r > ShiftLog.ArrivalMs(urgent) && r < at)
            .Select(m => m.Id).ToList();
        return before.Count == 0
            ? new(t.Id, 1, $"Replied to {urgent.Id} before the messages already waiting.")
            : new(t.Id, 0, $"Replied to {string.Join(", ", before)} before the urgent {urgent.Id}.");
    }
}

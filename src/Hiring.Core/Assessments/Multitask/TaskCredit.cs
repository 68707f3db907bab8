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
        if (log.FirstReplyMs(t.MessageId) is not { } at) return new(t.Id, 0, "No reply to {0}.", t.MessageId);
        double seconds = (at - ShiftLog.ArrivalMs(scenario.Message(t.MessageId)!)) / 1000.0;
        return seconds <= t.WithinSeconds
            ? new(t.Id, 1, "Replied to {0} after {1} s (deadline {2} s).", t.MessageId, Whole(seconds), Whole(t.WithinSeconds))
            : new(t.Id, 0.5, "Replied to {0} after {1} s, later than {2} s.", t.MessageId, Whole(seconds), Whole(t.WithinSeconds));
    }

    private static TaskOutcome Record(RecordTask t, Scenario scenario, ShiftLog log)
    {
        var wrong = t.Fields.Where(f => !FieldIsRight(scenario.Fields.First(x => x.Name == f), log, log.DueMs(t.DueSeconds))).ToList();
        int right = t.Fields.Count - wrong.Count;
        var credit = t.Fields.Count == 0 ? 0 : (double)right / t.Fields.Count;
        return wrong.Count == 0
            ? new(t.Id, credit, "{0} of {1} fields right.", Whole(right), Whole(t.Fields.Count))
            : new(t.Id, credit, "{0} of {1} fields right; wrong or missing: {2}.", Whole(right), Whole(t.Fields.Count), string.Join(", ", wrong));
    }

    public static bool FieldIsRight(FormField field, ShiftLog log, long byMs) =>
        TaskScore.Matches(field.Match, field.Expected, log.FieldValue(field.Name, byMs) ?? field.Initial);

    private static TaskOutcome Answer(AnswerTask t, ShiftLog log)
    {
        var opened = log.Opened(t.ArticleId);
        return log.Answer(t.Id, log.DueMs(t.DueSeconds)) switch
        {
            null => new(t.Id, 0, opened ? "No answer in time (opened {0})." : "No answer in time ({0} never opened).", t.ArticleId),
            var a when TaskScore.Matches(t.Match, t.Expected, a) =>
                new(t.Id, 1, opened ? "Right answer (opened {0})." : "Right answer ({0} never opened).", t.ArticleId),
            var a => new(t.Id, 0, opened ? "Wrong answer \"{0}\" (opened {1})." : "Wrong answer \"{0}\" ({1} never opened).", a, t.ArticleId),
        };
    }

    /// <summary>Escalating the right message earns all; escalating others as well halves it, as it loads the team leader.</summary>
    private static TaskOutcome Escalate(EscalateTask t, Scenario scenario, ShiftLog log)
    {
        var wrong = WronglyEscalated(scenario, log);
        if (!log.Escalated.Contains(t.MessageId)) return new(t.Id, 0, "Did not escalate {0}.", t.MessageId);
        return wrong.Count == 0
            ? new(t.Id, 1, "Escalated {0} and nothing else.", t.MessageId)
            : new(t.Id, 0.5, "Escalated {0}, but also {1}.", t.MessageId, string.Join(", ", wrong));
    }

    private static string Whole(double value) => value.ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> WronglyEscalated(Scenario scenario, ShiftLog log)
    {
        var targets = scenario.Tasks.OfType<EscalateTask>().Select(e => e.MessageId).ToHashSet();
        return log.Escalated.Where(m => !targets.Contains(m)).ToList();
    }

    /// <summary>Met when no message already waiting at the urgent one's arrival got its first reply before it did.</summary>
    private static TaskOutcome First(FirstTask t, Scenario scenario, ShiftLog log)
    {
        var urgent = scenario.Message(t.MessageId)!;
        if (log.FirstReplyMs(urgent.Id) is not { } at) return new(t.Id, 0, "Never replied to {0}.", urgent.Id);
        var before = scenario.Chat
            .Where(m => m.Id != urgent.Id && m.AtSeconds <= urgent.AtSeconds)
            .Where(m => log.FirstReplyMs(m.Id) is { } r && r > ShiftLog.ArrivalMs(urgent) && r < at)
            .Select(m => m.Id).ToList();
        return before.Count == 0
            ? new(t.Id, 1, "Replied to {0} before the messages already waiting.", urgent.Id)
            : new(t.Id, 0, "Replied to {0} before the urgent {1}.", string.Join(", ", before), urgent.Id);
    }
}

namespace Hiring.Core.Assessments.Multitask;

/// <summary>
/// Scores a multitasking simulation from its event log. Every task counts the same; a competency's score is
/// the mean credit of the tasks that measure it. Fields count by their final state (the last value set
/// before the deadline), and nothing after the end of the shift counts.
/// </summary>
public static class MultitaskScore
{
    public static MultitaskResult Score(Scenario scenario, IEnumerable<SimEvent> events)
    {
        var log = new ShiftLog(scenario, events);
        var outcomes = scenario.Tasks.Select(t => TaskCredit.Of(t, scenario, log)).ToList();
        var credit = scenario.Tasks.Zip(outcomes, (t, o) => (Task: t, o.Credit)).ToList();

        var chat = Chat(scenario, log);
        var withDeadline = chat.Where(c => c.DeadlineSeconds is not null).ToList();
        var answers = credit.Where(c => c.Task is AnswerTask).ToList();
        var firsts = credit.Where(c => c.Task is FirstTask).ToList();
        var prioritisation = new Prioritisation(
            scenario.Tasks.OfType<EscalateTask>().All(e => log.Escalated.Contains(e.MessageId)),
            TaskCredit.WronglyEscalated(scenario, log), firsts.Count(c => c.Credit == 1), firsts.Count);

        var competencies = credit.SelectMany(c => c.Task.Competencies.Select(k => (Key: k, c.Credit)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => 100 * g.Average(x => x.Credit));

        return new MultitaskResult(
            credit.Count == 0 ? 0 : 100 * credit.Average(c => c.Credit),
            outcomes,
            Fields(scenario, log),
            chat,
            withDeadline.Count == 0 ? null : (double)withDeadline.Count(c => c.WithinDeadline) / withDeadline.Count,
            answers.Count(c => c.Credit == 1),
            answers.Count,
            prioritisation,
            competencies);
    }

    /// <summary>Every field of the record, each judged at the earliest deadline of the tasks that ask for it.</summary>
    private static FieldAccuracy Fields(Scenario scenario, ShiftLog log)
    {
        var records = scenario.Tasks.OfType<RecordTask>().ToList();
        int right = scenario.Fields.Count(f =>
        {
            long by = records.Where(r => r.Fields.Contains(f.Name)).Select(r => log.DueMs(r.DueSeconds)).DefaultIfEmpty(log.EndMs).Min();
            return TaskCredit.FieldIsRight(f, log, by);
        });
        return new FieldAccuracy(right, scenario.Fields.Count);
    }

    private static IReadOnlyList<ChatResponse> Chat(Scenario scenario, ShiftLog log)
    {
        var deadlines = scenario.Tasks.OfType<ReplyTask>().GroupBy(t => t.MessageId).ToDictionary(g => g.Key, g => g.Min(t => t.WithinSeconds));
        return scenario.Chat.Select(m => new ChatResponse(
            m.Id,
            log.FirstReplyMs(m.Id) - ShiftLog.ArrivalMs(m),
            deadlines.TryGetValue(m.Id, out var s) ? s : null)).ToList();
    }
}

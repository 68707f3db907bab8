namespace Hiring.Core.Assessments.Multitask;

/// <summary>
/// The event log as it counts for scoring: in time order, cut at the end of the shift (its length, or the
/// candidate's Finished if earlier). Replies to a message before it arrived, or with no text, are dropped:
/// the page cannot produce them, so a log that holds them earns nothing from them.
/// </summary>
internal sealed class ShiftLog
{
    private readonly Scenario _scenario;

    public ShiftLog(Scenario scenario, IEnumerable<SimEvent> log)
    {
        _scenario = scenario;
        var ordered = log.Where(e => e.AtMs >= 0).OrderBy(e => e.AtMs).ToList(); // stable: equal times keep log order
        EndMs = Math.Min(scenario.LengthSeconds * 1000L, ordered.OfType<Finished>().FirstOrDefault()?.AtMs ?? long.MaxValue);
        Events = ordered.Where(e => e.AtMs <= EndMs && (e is not ChatReplied r || IsValidReply(r))).ToList();
    }

    public long EndMs { get; }
    public IReadOnlyList<SimEvent> Events { get; }

    private bool IsValidReply(ChatReplied r) =>
        !string.IsNullOrWhiteSpace(r.Text) && _scenario.Message(r.MessageId) is { } m && r.AtMs >= ArrivalMs(m);

    public static long ArrivalMs(ChatMessage m) => m.AtSeconds * 1000L;

    /// <summary>When the first reply to the message was sent, in ms from the start of the shift.</summary>
    public long? FirstReplyMs(string messageId) => Events.OfType<ChatReplied>().FirstOrDefault(r => r.MessageId == messageId)?.AtMs;

    /// <summary>The field's value as last set by the given time; null when never set.</summary>
    public string? FieldValue(string field, long byMs) => Events.OfType<FieldSet>().LastOrDefault(f => f.Field == field && f.AtMs <= byMs)?.Value;

    public string? Answer(string taskId, long byMs) => Events.OfType<AnswerGiven>().LastOrDefault(a => a.TaskId == taskId && a.AtMs <= byMs)?.Value;

    public bool Opened(string articleId) => Events.OfType<KbOpened>().Any(o => o.ArticleId == articleId);

    public IReadOnlyList<string> Escalated => Events.OfType<Escalated>().Select(e => e.MessageId).Distinct().ToList();

    public long DueMs(int? dueSeconds) => dueSeconds is { } s ? Math.Min(s * 1000L, EndMs) : EndMs;
}

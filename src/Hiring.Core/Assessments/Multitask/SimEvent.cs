namespace Hiring.Core.Assessments.Multitask;

/// <summary>One thing the candidate did, <see cref="AtMs"/> milliseconds after the shift started.</summary>
public abstract record SimEvent(long AtMs);

public sealed record ChatReplied(string MessageId, string Text, long AtMs) : SimEvent(AtMs);
public sealed record KbSearched(string Query, long AtMs) : SimEvent(AtMs);
public sealed record KbOpened(string ArticleId, long AtMs) : SimEvent(AtMs);
public sealed record FieldSet(string Field, string Value, long AtMs) : SimEvent(AtMs);
public sealed record AnswerGiven(string TaskId, string Value, long AtMs) : SimEvent(AtMs);
public sealed record Escalated(string MessageId, long AtMs) : SimEvent(AtMs);
public sealed record Finished(long AtMs) : SimEvent(AtMs);
/// <summary>The candidate asked the caller to repeat line <see cref="Line"/> of the call (heard, not read). Recorded for
/// staff to see; never scored.</summary>
public sealed record CallRepeated(int Line, long AtMs) : SimEvent(AtMs);

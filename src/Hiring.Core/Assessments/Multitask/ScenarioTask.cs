using Hiring.Core.Assessments.Choice;

namespace Hiring.Core.Assessments.Multitask;

/// <summary>Something the shift asks of the candidate, scored 0..1 and counted toward its competencies
/// (MT, DET, TECH, COM, CALM, OWN).</summary>
public abstract record ScenarioTask(string Id, string Title, IReadOnlyList<string> Competencies);

/// <summary>Reply to a chat message within <see cref="WithinSeconds"/> of its arrival (a late reply earns half).</summary>
public sealed record ReplyTask(string Id, string Title, IReadOnlyList<string> Competencies, string MessageId, int WithinSeconds)
    : ScenarioTask(Id, Title, Competencies);

/// <summary>Record these fields correctly by <see cref="DueSeconds"/> (null: by the end of the shift); the last value set counts.</summary>
public sealed record RecordTask(string Id, string Title, IReadOnlyList<string> Competencies, IReadOnlyList<string> Fields, int? DueSeconds)
    : ScenarioTask(Id, Title, Competencies);

/// <summary>Find the answer to <see cref="Question"/> in the knowledge base (article <see cref="ArticleId"/>) and give it by the due time.</summary>
public sealed record AnswerTask(string Id, string Title, IReadOnlyList<string> Competencies, string Question, string ArticleId,
    string Expected, MatchRule Match, int? DueSeconds) : ScenarioTask(Id, Title, Competencies);

/// <summary>Escalate this message, and no message that no escalate task names.</summary>
public sealed record EscalateTask(string Id, string Title, IReadOnlyList<string> Competencies, string MessageId)
    : ScenarioTask(Id, Title, Competencies);

/// <summary>Reply to this (urgent) message before any message that was already waiting when it arrived.</summary>
public sealed record FirstTask(string Id, string Title, IReadOnlyList<string> Competencies, string MessageId)
    : ScenarioTask(Id, Title, Competencies);

using Hiring.Core.Assessments.Choice;

namespace Hiring.Core.Assessments.Multitask;

/// <summary>
/// A multitasking simulation: a short shift in which a call plays line by line, chat messages arrive on a
/// schedule, a knowledge base can be searched and a customer record must be completed, all at once.
/// Times are seconds from the start of the shift; <see cref="Briefing"/> is shown before it starts. (seed/simulations/*.yaml map into this.)
/// </summary>
public sealed record Scenario(
    string Id,
    int Version,
    string Title,
    string Kind,
    int LengthSeconds,
    IReadOnlyList<CallLine> Call,
    IReadOnlyList<ChatMessage> Chat,
    IReadOnlyList<KbArticle> Articles,
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<ScenarioTask> Tasks,
    string Briefing = "")
{
    public ChatMessage? Message(string id) => Chat.FirstOrDefault(m => m.Id == id);
}

public sealed record CallLine(int AtSeconds, string Speaker, string Text);

/// <summary>A customer chat message, shown at <see cref="AtSeconds"/>. <see cref="Urgent"/> is the author's key for
/// prioritisation, never shown as a label to the candidate: spotting it is part of the test.</summary>
public sealed record ChatMessage(string Id, int AtSeconds, string Customer, string Text, bool Urgent = false);

public sealed record KbArticle(string Id, string Title, string Text);

/// <summary>A field of the customer record: the candidate fills it in; <see cref="Expected"/> and <see cref="Match"/> are the key.</summary>
public sealed record FormField(string Name, string Label, string Initial, string Expected, MatchRule Match);

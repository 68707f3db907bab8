namespace Hiring.Core.Assessments.Forms;

/// <summary>
/// The fixed set of items one attempt shows, in order. <see cref="FormItem.Id"/> is what answers refer
/// to: a bank item's id, or for a reading question its question id with <see cref="FormItem.Group"/> = the passage.
/// </summary>
public sealed record Form(IReadOnlyList<FormItem> Items);

/// <param name="Id">Bank item id (or reading question id).</param>
/// <param name="Version">The bank item version given (a passage's version for its questions).</param>
/// <param name="Part">What the item is on the page.</param>
/// <param name="Group">For reading questions: the passage id.</param>
/// <param name="Options">Option ids in the shuffled order shown; empty when the item has no options.</param>
public sealed record FormItem(string Id, int Version, ItemPart Part, string? Group, IReadOnlyList<string> Options);

/// <summary>The shapes an item can take on a test page; each has its own answer and scoring rule.
/// <c>Simulation</c>: a whole multitasking scenario; its answers are the event log.</summary>
public enum ItemPart { Sjt, Choice, Task, Passage, Question, Typing, Simulation }

/// <summary>A bank item as the drawer sees it: id, version, tags and option ids (reading: one per question).</summary>
public sealed record PoolItem(string Id, int Version, IReadOnlyList<string> PostTypes, IReadOnlyList<string> Options,
    IReadOnlyList<PoolQuestion>? Questions = null);

public sealed record PoolQuestion(string Id, IReadOnlyList<string> Options);

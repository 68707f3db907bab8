namespace Hiring.Core.Assessments;

/// <summary>The tests a post's battery can hold.
/// (Hiring.Web stores these names as strings: renaming one needs a data migration.)</summary>
public enum TestKind
{
    Sjt,
    Typing,
    Reading,
    Literacy,
    /// <summary>The multitasking simulation: a call, chats, a knowledge base and a record at once (never in a default battery).</summary>
    Multitask,
}

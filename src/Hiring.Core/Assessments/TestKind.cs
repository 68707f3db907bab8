namespace Hiring.Core.Assessments;

/// <summary>The tests a post's battery can hold.
/// (Hiring.Web stores these names as strings: renaming one needs a data migration.)</summary>
public enum TestKind
{
    Sjt,
    Typing,
    Reading,
    Literacy,
}

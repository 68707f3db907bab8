namespace Hiring.Core.Interviews;

/// <summary>An interviewer's overall call on a candidate.
/// (Hiring.Web stores these names as strings: renaming one needs a data migration.)</summary>
public enum Recommendation { StrongNo, No, Yes, StrongYes }

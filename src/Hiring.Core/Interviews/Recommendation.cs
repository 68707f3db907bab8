namespace Hiring.Core.Interviews;

/// <summary>An interviewer's overall call on a candidate.
/// (Hiring.Web stores these names as strings: renaming one needs a data migration.)</summary>
public enum Recommendation { StrongNo, No, Yes, StrongYes }

public static class Recommendations
{
    public static string Label(Recommendation r) => r switch
    {
        Recommendation.StrongYes => "Strong yes",
        Recommendation.Yes => "Yes",
        Recommendation.No => "No",
        _ => "Strong no",
    };
}

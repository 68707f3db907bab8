namespace Hiring.Core.Assessments;

/// <summary>The kinds of post the portal hires for; batteries and banks are tagged by them.
/// (Hiring.Web stores these names as strings: renaming one needs a data migration.)</summary>
public enum PostType
{
    Inbound,
    Outbound,
    TechSupport,
    TeamLeader,
    Other,
}

/// <summary>What a post type is called on pages and in reports.</summary>
public static class PostTypeNames
{
    public static string Of(PostType type) => type switch
    {
        PostType.Inbound => "Inbound customer service",
        PostType.Outbound => "Outbound sales",
        PostType.TechSupport => "Technical support",
        PostType.TeamLeader => "Team leader",
        _ => "Other",
    };
}

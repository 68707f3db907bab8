using Hiring.Core.Assessments;

namespace Hiring.Core.Interviews;

/// <summary>The bank's tag for each post type (seed/README.md): also the category of its role questions.</summary>
public static class PostTypeTags
{
    public static string? For(PostType type) => type switch
    {
        PostType.Inbound => "inbound",
        PostType.Outbound => "outbound",
        PostType.TechSupport => "techsupport",
        PostType.TeamLeader => "teamleader",
        _ => null,
    };
}

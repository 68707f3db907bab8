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

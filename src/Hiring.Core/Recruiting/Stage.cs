namespace Hiring.Core.Recruiting;

/// <summary>Where an application stands in the pipeline. Hired, Rejected and Withdrawn are final.
/// (Hiring.Web stores these names as strings: renaming one needs a data migration.)</summary>
public enum Stage
{
    Applied,
    Testing,
    Tested,
    Shortlisted,
    Interview,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}

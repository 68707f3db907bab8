using System.ComponentModel.DataAnnotations;

namespace Hiring.Web.Privacy;

/// <summary>The <c>Privacy</c> section: how long closed applications are kept, and how often the retention job looks.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Months a Hired, Rejected or Withdrawn application is kept before it is anonymised. The consent text quotes it.</summary>
    [Range(1, 120, ErrorMessage = "Privacy:RetentionMonths must be a whole number of months from 1 to 120.")]
    public int RetentionMonths { get; set; } = 12;

    /// <summary>Wall-clock pause between retention sweeps.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Privacy:RetentionSweepInterval must be between 1 second and 7 days.")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    public bool RetentionEnabled { get; set; } = true;
}

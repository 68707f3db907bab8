using Hiring.Core.Assessments;

namespace Hiring.Web.Domain;

/// <summary>
/// One test of a post's assessment battery. <see cref="PassMark"/> is in the test's own unit
/// (net WPM for typing, percent for the others); <see cref="Weight"/> is its share of the composite.
/// </summary>
public class BatteryTest
{
    public int Id { get; set; }
    public int PostId { get; set; }
    public TestKind Kind { get; set; }
    public int TimeLimitMinutes { get; set; }
    public double PassMark { get; set; }
    public double Weight { get; set; }
    /// <summary>Credit back time lost to a detected outage (heartbeat gap over 60 s). Off by default.</summary>
    public bool CreditOutages { get; set; }
    /// <summary>
    /// Unticked in the post editor: no longer offered to candidates nor counted in the composite, but kept
    /// (rather than deleted) so the attempts already made on it keep their results. Ticking the test again revives it.
    /// A query filter hides retired tests from every read of a battery.
    /// </summary>
    public bool Retired { get; set; }

    public static BatteryTest From(BatteryTestSettings s) => new()
    {
        Kind = s.Kind, TimeLimitMinutes = s.TimeLimitMinutes, PassMark = s.PassMark, Weight = s.Weight,
    };
}

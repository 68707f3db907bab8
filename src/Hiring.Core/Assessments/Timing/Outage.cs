namespace Hiring.Core.Assessments.Timing;

/// <summary>
/// A lost connection, seen as a gap between two contacts from the test page (heartbeats every ~20 s,
/// saves, page loads). A gap over <see cref="Threshold"/> is an outage. Whether its time is given back
/// is the battery test's choice (CreditOutages); it is recorded either way.
/// </summary>
public static class Outage
{
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(60);

    /// <summary>The outage between the last contact and this one, or zero when the gap is normal.</summary>
    public static TimeSpan Gap(DateTime lastContact, DateTime now) =>
        now - lastContact > Threshold ? now - lastContact : TimeSpan.Zero;

    /// <summary>
    /// Time to credit for an outage. Only time inside the attempt's open window counts (an outage
    /// reported after the deadline gives nothing back), and the total credited never exceeds the time allowed.
    /// </summary>
    public static TimeSpan Credit(TimeSpan gap, DateTime lastContact, DateTime deadline, TimeSpan alreadyCredited, TimeSpan allowed)
    {
        if (gap <= TimeSpan.Zero || lastContact >= deadline) return TimeSpan.Zero;
        var inside = lastContact + gap <= deadline ? gap : deadline - lastContact;
        var room = allowed - alreadyCredited;
        return room <= TimeSpan.Zero ? TimeSpan.Zero : (inside < room ? inside : room);
    }
}

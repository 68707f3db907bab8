namespace Hiring.Web.Domain;

/// <summary>
/// The standard screening answers every applicant gives (stored in the Applications row, so the
/// recruiter list filters on them directly). Experience figures are asked only of experienced
/// applicants, and only those that fit the post type (inbound: calls, handle time, first-call
/// resolution; outbound: products and conversion).
/// </summary>
public class Screening
{
    /// <summary>Shifts the applicant can work, comma-separated names from the post's shifts (e.g. "Early, Late").</summary>
    public string ShiftsAvailable { get; set; } = "";
    public bool Weekends { get; set; }
    /// <summary>Home-based posts: a quiet room to take calls in. Null when the post is not home-based.</summary>
    public bool? QuietRoom { get; set; }
    /// <summary>Home-based posts: a reliable (wired or fibre) broadband connection.</summary>
    public bool? ReliableConnection { get; set; }
    public int ContactCentreMonths { get; set; }
    public int? CallsPerHour { get; set; }
    public double? AverageCallMinutes { get; set; }
    public double? FirstCallResolutionPercent { get; set; }
    public string? ProductsSold { get; set; }
    public double? ConversionRatePercent { get; set; }

    public bool Experienced => ContactCentreMonths > 0;

    /// <summary>Whether shift names (one, or a list such as <see cref="ShiftsAvailable"/>) name the weekend: a post offering a
    /// weekend shift asks no weekend question, and a weekend shift ticked already says the applicant works weekends.</summary>
    public static bool NamesWeekend(string shifts) =>
        shifts.Contains("weekend", StringComparison.OrdinalIgnoreCase) || shifts.Contains("周末", StringComparison.Ordinal) || shifts.Contains("週末", StringComparison.Ordinal);
    /// <summary>Ready for home working: both the room and the connection.</summary>
    public bool RemoteReady => QuietRoom == true && ReliableConnection == true;
}

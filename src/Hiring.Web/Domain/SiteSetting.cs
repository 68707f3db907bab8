namespace Hiring.Web.Domain;

/// <summary>A setting an Admin changes at run time (Admin/Settings), kept in the database so every app instance sees it.</summary>
public class SiteSetting
{
    public required string Key { get; set; }
    public string Value { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
}

/// <summary>The keys of <see cref="SiteSetting"/> rows. A missing row means the default.</summary>
public static class SiteSettingKeys
{
    /// <summary><c>true</c>: staff (any role beyond Candidate) must use two-factor authentication. Default off.</summary>
    public const string RequireStaffTwoFactor = "security.require-staff-2fa";
    /// <summary>What the seed files were when start-up last loaded them (see <see cref="Seeding.SeedLoader.LoadIfEnabledAsync"/>).</summary>
    public const string SeedFingerprint = "seed.fingerprint";
}

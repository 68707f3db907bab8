namespace Hiring.Web.Demo;

/// <summary>The <c>Demo</c> section. Demo data is on by default in Development and off elsewhere.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";
    public bool? Enabled { get; set; }
    /// <summary>Whether the demo is made: as <see cref="Enabled"/> says, else in Development only.</summary>
    public bool IsOn(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();
    public int Applicants { get; set; } = 300;
    /// <summary>Fixed seed: the same demo cohort on every machine, so screenshots and tests repeat.</summary>
    public int Seed { get; set; } = 20261123;
    public string Password { get; set; } = "demo-password-2026";
    /// <summary>Make the demo after the app listens (the default), so a fresh start serves its first page without waiting
    /// for the demo; the demo logins are printed once it is made. Off, start-up waits for it (the test hosts).</summary>
    public bool InBackground { get; set; } = true;
}

/// <summary>The demo logins, one per role, printed at start-up and listed in the README.</summary>
public static class DemoLogins
{
    public static readonly IReadOnlyList<(string Email, string Name, string Role)> All =
    [
        ("candidate@demo.hiring.local", "Amira Haddad", Identity.Roles.Candidate),
        ("recruiter@demo.hiring.local", "Rachel Okafor", Identity.Roles.Recruiter),
        ("interviewer@demo.hiring.local", "Ivan Petrov", Identity.Roles.Interviewer),
        ("manager@demo.hiring.local", "Helen Marsh", Identity.Roles.HiringManager),
        ("admin@demo.hiring.local", "Adam Clarke", Identity.Roles.Admin),
    ];
}

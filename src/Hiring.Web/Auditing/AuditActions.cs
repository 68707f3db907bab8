namespace Hiring.Web.Auditing;

/// <summary>The action codes. Stable: filters, exports and reports outside the app match on them.</summary>
public static class AuditActions
{
    public const string CvRead = "cv.read";
    public const string ReportDownload = "report.download";
    public const string ResultsRead = "results.read";
    public const string StageChange = "stage.change";
    public const string RoleChange = "role.change";
    public const string Erasure = "erasure";
    public const string SettingChange = "setting.change";
    public const string TwoFactorChange = "2fa.change";

    public static readonly IReadOnlyList<string> All =
        [CvRead, ReportDownload, ResultsRead, StageChange, RoleChange, Erasure, SettingChange, TwoFactorChange];
}

/// <summary>Record types used so far; a feature adding one names it after its entity.</summary>
public static class AuditRecordTypes
{
    public const string User = "User";
    public const string Setting = "Setting";
    public const string Application = "Application";
}

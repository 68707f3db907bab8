namespace Hiring.Web.Auditing;

/// <summary>The action codes. Stable: filters, exports and reports outside the app match on them.</summary>
public static class AuditActions
{
    public const string CvRead = "cv.read";
    public const string ReportDownload = "report.download";
    /// <summary>A candidate report read on screen (its page, or its column on the comparison page).</summary>
    public const string ReportView = "report.view";
    public const string ResultsRead = "results.read";
    public const string StageChange = "stage.change";
    public const string RoleChange = "role.change";
    public const string Erasure = "erasure";
    public const string DataExport = "data.export";
    public const string SettingChange = "setting.change";
    public const string TwoFactorChange = "2fa.change";
    /// <summary>The interview page of one application: every interviewer's recommendation and the averages.</summary>
    public const string InterviewRead = "interview.read";
    /// <summary>Question sheets printed for named applicants (their names and the competencies their tests found weakest).</summary>
    public const string SheetsPrint = "sheets.print";
    /// <summary>The applicant list downloaded as CSV: profiles, screening answers and scores of everyone matching a filter.</summary>
    public const string ApplicationsExport = "applications.export";
    /// <summary>A staff member signed in (candidates' sign-ins are not logged).</summary>
    public const string StaffLogIn = "login";
    /// <summary>An admin invited a staff member: an account with a role and a mail to set its password.</summary>
    public const string StaffInvitation = "staff.invite";
    /// <summary>An adjustment to an applicant's tests: a request granted or declined, or extra time set (what was asked stays out of the line).</summary>
    public const string Accommodation = "accommodation";

    public static readonly IReadOnlyList<string> All =
        [CvRead, ReportDownload, ReportView, ResultsRead, InterviewRead, SheetsPrint, ApplicationsExport, StageChange, RoleChange, Erasure, DataExport,
         SettingChange, TwoFactorChange, StaffLogIn, StaffInvitation, Accommodation];
}

/// <summary>Record types used so far; a feature adding one names it after its entity.</summary>
public static class AuditRecordTypes
{
    public const string User = "User";
    public const string Setting = "Setting";
    public const string Application = "Application";
    /// <summary>A post's pipeline rules (the record id is the post's).</summary>
    public const string PipelineRules = "PipelineRules";
}

namespace Hiring.Web.Mail;

/// <summary>
/// The mails the recruiting pipeline sends, and the fields each template may use. A template may
/// only use the fields its key provides: the rejection reason exists only for rejections, the tests
/// deadline only once the applicant is invited.
/// </summary>
public static class MailTemplateKeys
{
    public const string ApplicationReceived = "application_received";
    public const string TestInvitation = "test_invitation";
    public const string TestReminder = "test_reminder";
    public const string Shortlisted = "shortlisted";
    public const string Rejection = "rejection";
    public const string Offer = "offer";

    /// <summary>Fields every template may use: the candidate, the post, links into the portal, and how long data is kept.</summary>
    public static readonly string[] BaseFields =
        ["candidate_name", "candidate_email", "post_title", "post_site", "applied_date", "sign_in_link", "retention_months"];

    public static readonly IReadOnlyDictionary<string, (string Name, string[] Extra)> All = new Dictionary<string, (string, string[])>
    {
        [ApplicationReceived] = ("Application received", []),
        [TestInvitation] = ("Invitation to the online tests", ["tests_deadline"]),
        [TestReminder] = ("Reminder: tests due in 24 hours", ["tests_deadline"]),
        [Shortlisted] = ("Shortlisted / interview invitation", []),
        [Rejection] = ("Rejection", ["reason"]),
        [Offer] = ("Offer", []),
    };

    public const string AccountExists = "account_exists";

    /// <summary>
    /// Mails about an account rather than an application, with fields of their own; not offered to
    /// recruiters. <see cref="AccountExists"/> goes to the owner when someone registers with their address.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string[] Fields)> Account = new Dictionary<string, (string, string[])>
    {
        [AccountExists] = ("Registration with an address that has an account", ["name", "email", "sign_in_link", "reset_link"]),
    };

    /// <summary>Every template the seed folder provides, recruiting and account mails.</summary>
    public static IEnumerable<(string Key, string Name)> Seeded =>
        All.Select(t => (t.Key, t.Value.Name)).Concat(Account.Select(t => (t.Key, t.Value.Name)));

    public static IReadOnlyList<string> FieldsFor(string key) =>
        Account.TryGetValue(key, out var a) ? a.Fields : All.TryGetValue(key, out var t) ? [.. BaseFields, .. t.Extra] : BaseFields;
}

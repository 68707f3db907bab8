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
        ["candidate_name", "candidate_email", "post_title", "post_site", "applied_date", "sign_in_link", "retention_months", ReplyTo];

    /// <summary>
    /// The <c>Mail:ReplyTo</c> address, or empty when replies go nowhere: a field that may be empty (<see cref="MayBeEmpty"/>),
    /// so a template can say <c>{% if reply_to != "" %}reply to this mail{% else %}…{% endif %}</c>.
    /// </summary>
    public const string ReplyTo = "reply_to";

    /// <summary>
    /// What the invited tests need beyond a phone, one "- Test: needs…" line each, or empty when every test works on a phone:
    /// a template says <c>{% if tests_equipment != "" %}…{{ tests_equipment }}{% endif %}</c>.
    /// </summary>
    public const string TestsEquipment = "tests_equipment";

    /// <summary>The fields that may be empty (a template tests them with <c>!= ""</c>); any other empty field is an error.</summary>
    public static readonly IReadOnlySet<string> MayBeEmpty = new HashSet<string> { ReplyTo, TestsEquipment };

    public static readonly IReadOnlyDictionary<string, (string Name, string[] Extra)> All = new Dictionary<string, (string, string[])>
    {
        [ApplicationReceived] = ("Application received", []),
        [TestInvitation] = ("Invitation to the online tests", ["tests_deadline", TestsEquipment]),
        [TestReminder] = ("Reminder: tests due in 24 hours", ["tests_deadline"]),
        [Shortlisted] = ("Shortlisted / interview invitation", []),
        [Rejection] = ("Rejection", ["reason"]),
        [Offer] = ("Offer", []),
    };

    public const string AccommodationGranted = "accommodation_granted";
    public const string AccommodationDeclined = "accommodation_declined";
    /// <summary>An accommodation request, one "- need" line each: what was granted, or what was asked and declined.</summary>
    public const string Accommodation = "accommodation";

    /// <summary>
    /// Mails a decision sends by itself, with fields only that decision has; not offered to recruiters (sent on its own,
    /// an accommodation mail would have nothing to say).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string[] Extra)> Decisions = new Dictionary<string, (string, string[])>
    {
        [AccommodationGranted] = ("Adjustment to the tests granted", [Accommodation]),
        [AccommodationDeclined] = ("Adjustment to the tests declined", [Accommodation, "reason"]),
    };

    public const string AccountExists = "account_exists";
    public const string ConfirmEmail = "confirm_email";
    public const string ResetPassword = "reset_password";
    public const string ResetCode = "reset_code";
    public const string StaffInvitation = "staff_invitation";

    /// <summary>
    /// Mails about an account rather than an application, with fields of their own; not offered to
    /// recruiters. <see cref="AccountExists"/> goes to the owner when someone registers with their address.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string[] Fields)> Account = new Dictionary<string, (string, string[])>
    {
        [AccountExists] = ("Registration with an address that has an account", ["name", "email", "sign_in_link", "reset_link"]),
        [ConfirmEmail] = ("Confirm your e-mail address", ["name", "email", "sign_in_link", "reset_link", "link"]),
        [ResetPassword] = ("Reset your password (link)", ["name", "email", "sign_in_link", "reset_link", "link"]),
        [ResetCode] = ("Reset your password (code)", ["name", "email", "sign_in_link", "reset_link", "code"]),
        [StaffInvitation] = ("Staff invitation (set a password)", ["name", "email", "sign_in_link", "reset_link", "link", "role", "valid_days"]),
    };

    /// <summary>Every template the seed folder provides, recruiting and account mails.</summary>
    public static IEnumerable<(string Key, string Name)> Seeded =>
        All.Concat(Decisions).Select(t => (t.Key, t.Value.Name)).Concat(Account.Select(t => (t.Key, t.Value.Name)));

    /// <summary>
    /// The stored key of <paramref name="key"/>'s template in <paramref name="culture"/>: English is the key
    /// itself (seed/mail/KEY.liquid), another language is CULTURE/KEY (seed/mail/zh-Hans/KEY.liquid).
    /// </summary>
    public static string InCulture(string key, string culture) =>
        culture == Localization.Cultures.English ? key : $"{culture}/{key}";

    /// <summary>The template's key without its language: "zh-Hans/rejection" → "rejection".</summary>
    public static string BaseKey(string storedKey) => storedKey[(storedKey.IndexOf('/') + 1)..];

    public static IReadOnlyList<string> FieldsFor(string storedKey) =>
        BaseKey(storedKey) is var key && Account.TryGetValue(key, out var a) ? a.Fields
        : All.TryGetValue(key, out var t) || Decisions.TryGetValue(key, out t) ? [.. BaseFields, .. t.Extra] : BaseFields;
}

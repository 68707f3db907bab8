using Microsoft.Extensions.Localization;

namespace Hiring.Web.Localization;

/// <summary>
/// The one place an enum value, role or code becomes words for people, in the reader's language:
/// Resources/Localization/DisplayNames.resx (English) and its translations, keyed "Type.Value"
/// ("PostType.TeamLeader", "Role.HiringManager", "Competency.REL"). Static, so pages, services,
/// exports and the documents' builders all use the same names without each taking a dependency.
/// </summary>
public static class DisplayNames
{
    private static readonly IStringLocalizer Text = StaticText.For(typeof(DisplayNames));

    public static string Of<T>(T value) where T : struct, Enum => Text[$"{typeof(T).Name}.{value}"];

    public static string Role(string role) => Text[$"Role.{role}"];

    /// <summary>An interview question's category ("techsupport" → "Technical support").</summary>
    public static string Category(string category) => Text[$"Category.{category}"];

    /// <summary>A competency's name for its code ("REL" → "Reliability and discipline").</summary>
    public static string Competency(string code) => Text[$"Competency.{code}"];

    /// <summary>Codes as a list of names: "REL OWN" → "Reliability and discipline, Problem solving and ownership".</summary>
    public static string Competencies(IEnumerable<string> codes) => string.Join(", ", codes.Select(Competency));

    /// <summary>A seeded mail template's name in the reader's language ("rejection" → "Rejection", 拒绝通知).</summary>
    public static string MailTemplate(string key, string english) => Text[$"MailTemplate.{key}"] is { ResourceNotFound: false } name ? name : english;

    /// <summary>An audit action code as words ("cv.read" → "CV read"); an unknown code is shown as it is.</summary>
    public static string AuditAction(string code) => Text[$"Audit.{code}"] is { ResourceNotFound: false } name ? name : code;

    /// <summary>An audit record type as words ("Application" → "Application", 申请).</summary>
    public static string AuditRecord(string type) => Text[$"AuditRecord.{type}"] is { ResourceNotFound: false } name ? name : type;

    /// <summary>True when <paramref name="key"/> has an entry in the current language's resources or the English ones.</summary>
    public static bool Has(string key) => !Text[key].ResourceNotFound;
}

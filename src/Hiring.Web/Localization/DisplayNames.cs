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

    /// <summary>True when <paramref name="key"/> has an entry in the current language's resources or the English ones.</summary>
    public static bool Has(string key) => !Text[key].ResourceNotFound;
}

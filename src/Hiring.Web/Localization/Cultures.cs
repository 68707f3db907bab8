using System.Globalization;

namespace Hiring.Web.Localization;

/// <summary>
/// The languages the site speaks; English is the default and the text of every resource key. Traditional Chinese is a
/// language of the interface and the mails (its resources are made from the Simplified ones, see tools/zh-Hant); posts and
/// banks are English or Simplified Chinese (<see cref="Banks"/>).
/// </summary>
public static class Cultures
{
    public const string English = "en";
    public const string ChineseSimplified = "zh-Hans";
    public const string ChineseTraditional = "zh-Hant";

    public static readonly IReadOnlyList<string> Supported = [English, ChineseSimplified, ChineseTraditional];

    /// <summary>The languages a post and its banks can be in.</summary>
    public static readonly IReadOnlyList<string> Banks = [English, ChineseSimplified];

    /// <summary>The language switch's cookie (the framework's own cookie format, read by its cookie provider).</summary>
    public const string CookieName = "Hiring.Culture";

    /// <summary>The claim that carries the signed-in user's saved language in the sign-in cookie.</summary>
    public const string ClaimType = "hiring:culture";

    /// <summary>What the language switch shows for each language: its own name in its own script.</summary>
    public static string NativeName(string culture) => culture switch
    {
        ChineseSimplified => "中文（简体）",
        ChineseTraditional => "中文（繁體）",
        _ => "English",
    };

    /// <summary>A supported culture name for <paramref name="value"/>, or null when it is not one we speak.</summary>
    public static string? Match(string? value) =>
        Supported.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
}

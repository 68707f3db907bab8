using System.Globalization;
using System.Resources;

namespace Hiring.Documents;

/// <summary>
/// The documents' own words in the reader's language. As in the web app, the English text is the key
/// (<c>Resources/DocumentText.resx</c> stays empty) and each language's text sits in its satellite resource
/// (<c>DocumentText.zh-Hans.resx</c>); a missing translation prints the English. The language is the current UI culture,
/// which <see cref="Use"/> sets for the time a document is drawn.
/// </summary>
public static class Words
{
    private static readonly ResourceManager Resources = new("Hiring.Documents.Resources.DocumentText", typeof(Words).Assembly);

    public static CultureInfo Culture => CultureInfo.CurrentUICulture;

    public static string T(string english) => Resources.GetString(english, Culture) ?? english;

    public static string F(string english, params object?[] args) => string.Format(Culture, T(english), args);

    /// <summary>One or many: English picks the form by <paramref name="count"/>, a language without plurals translates both alike.</summary>
    public static string Plural(int count, string one, string many) => F(count == 1 ? one : many, count);

    /// <summary>"82nd" in English; a language with its own ordinal pattern translates <c>{0}th</c> (Chinese: 第 {0}).</summary>
    public static string Ordinal(int n)
    {
        var pattern = T("{0}th");
        if (pattern != "{0}th") return string.Format(Culture, pattern, n);
        return (n % 100) switch
        {
            11 or 12 or 13 => $"{n}th",
            _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
        };
    }

    /// <summary>Joins a list the way the language does: "a, b and c" in English, "a、b 和 c" in Chinese.</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => F("{0} and {1}", string.Join(T(", "), items.Take(items.Count - 1)), items[^1]),
    };

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString(T("d MMM yyyy"), Culture);
    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString(T("d MMM yyyy, HH:mm 'UTC'"), Culture);
    public static string Month(DateTimeOffset at) => at.UtcDateTime.ToString(T("MMM yyyy"), Culture);

    /// <summary>Draws a document in <paramref name="language"/> (BCP 47, e.g. zh-Hans): the culture is set for the
    /// current thread until the returned scope is disposed, then restored.</summary>
    public static IDisposable Use(string language) => new Scope(CultureInfo.GetCultureInfo(language));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo language)
        {
            CultureInfo.CurrentCulture = language;
            CultureInfo.CurrentUICulture = language;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}

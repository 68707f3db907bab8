using System.Text;

namespace Hiring.Web.Infrastructure;

/// <summary>Tidies free text from forms: trims, drops control characters and lone surrogates, keeps newlines and tabs.</summary>
public static class TextInput
{
    public static string Clean(string? value) => StripControls(value).Replace("\r", "").Trim();

    /// <summary>Drops control characters (keeping tab and line breaks) and lone surrogates; does not trim.</summary>
    public static string StripControls(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[++i]); continue; }
            if (char.IsSurrogate(c)) continue;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Hiring.Core.Recruiting;

/// <summary>
/// Matches a typed name against people's names the way a person expects: case and accents do not
/// count ("nunez" and "ÑÚÑEZ" both find "Ñúñez", "zoe" finds "Zoë"). Letters that carry no
/// combining mark in Unicode (ø, ł, ß, æ…) are spelled out as their base letters.
/// </summary>
public static class NameSearch
{
    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ı'] = "i",
    };

    /// <summary>The form both sides are compared in: lower case, without accents.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (Spelled.TryGetValue(c, out var spelled)) folded.Append(spelled);
            else folded.Append(c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool Matches(string name, string query) => Fold(name).Contains(Fold(query), StringComparison.Ordinal);
}

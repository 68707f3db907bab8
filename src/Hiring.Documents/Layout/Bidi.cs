using System.Text;

namespace Hiring.Documents.Layout;

/// <summary>
/// The part of the Unicode bidirectional algorithm (UAX #9) a left-to-right document needs for
/// right-to-left names and phrases: letters of Hebrew, Arabic and the other right-to-left scripts
/// are strong R, other letters and digits strong L; a neutral (space, punctuation, symbol) between
/// two R characters is R, else it follows the paragraph (L). A line shows its runs left to right,
/// except that each maximal sequence of R runs is shown in reverse order, each run itself shaped
/// right to left. Not covered: explicit embeddings, right-to-left paragraphs, digits inside
/// right-to-left text (shown as part of the reversed run).
/// </summary>
internal static class Bidi
{
    public static bool IsRightToLeft(int cp) =>
        cp is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF
            or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF;

    public static bool HasRightToLeft(string text)
    {
        // Every word is asked when it is measured: characters below Hebrew are never right to left, so runes are read only from the first one above.
        var i = 0;
        while (i < text.Length && text[i] < 0x0590) i++;
        if (i == text.Length) return false;
        foreach (var rune in text.AsSpan(i).EnumerateRunes())
            if (IsRightToLeft(rune.Value)) return true;
        return false;
    }

    /// <summary>Direction of each rune of <paramref name="text"/>, neutrals resolved: true is right to left.</summary>
    public static bool[] Directions(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        var strong = runes.Select(r => IsRightToLeft(r.Value) ? true
            : Rune.IsWhiteSpace(r) || Rune.IsPunctuation(r) || Rune.IsSymbol(r) ? (bool?)null : false).ToArray();
        var resolved = new bool[runes.Length];
        bool? before = null;
        for (var i = 0; i < runes.Length; i++)
        {
            if (strong[i] is { } s) { resolved[i] = s; before = s; continue; }
            var after = strong.Skip(i + 1).FirstOrDefault(d => d is not null);
            resolved[i] = before == true && after == true;
        }
        return resolved;
    }

    /// <summary>The visual order of runs given in logical order with their directions (indexes into the input).</summary>
    public static List<int> VisualOrder(IReadOnlyList<bool> rightToLeft)
    {
        var order = new List<int>();
        for (var i = 0; i < rightToLeft.Count;)
        {
            if (!rightToLeft[i]) { order.Add(i++); continue; }
            var end = i;
            while (end < rightToLeft.Count && rightToLeft[end]) end++;
            for (var k = end - 1; k >= i; k--) order.Add(k);
            i = end;
        }
        return order;
    }
}

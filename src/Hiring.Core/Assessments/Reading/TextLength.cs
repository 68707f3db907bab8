using System.Text;

namespace Hiring.Core.Assessments.Reading;

/// <summary>
/// A passage's length as reading speed counts it. English is counted in words (runs between spaces). Chinese is
/// counted in 字, as Chinese readers and employers count reading speed (字/分钟): every Chinese character is one, every
/// run of other letters or digits (an order number, "Ctrl+V", "5") is one more, and punctuation counts nothing.
/// A text is counted in 字 when its Chinese characters outnumber its other words.
/// </summary>
public readonly record struct TextLength(int Count, bool InCharacters)
{
    public static TextLength Of(string text)
    {
        var (han, words, inWord) = (0, 0, false);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune)) { han++; inWord = false; continue; }
            if (Separates(rune)) { inWord = false; continue; }
            if (!inWord && Rune.IsLetterOrDigit(rune)) { words++; inWord = true; }
        }
        return han > 0 && han >= words
            ? new TextLength(han + words, true)
            : new TextLength(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, false);
    }

    /// <summary>Words or 字 per minute over the seconds the passage was open, to one decimal; null when not timed.</summary>
    public double? PerMinute(double? seconds) => seconds is > 0 and var s ? Math.Round(Count / (s / 60), 1) : null;

    // CJK Unified Ideographs and Extension A, compatibility ideographs, and the supplementary-plane extensions.
    private static bool IsHan(Rune r) => r.Value is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
        or (>= 0x20000 and <= 0x3134F);

    // Spaces, CJK and full-width punctuation (。，、“”《》), and general punctuation (dashes, quotes, ellipsis) end a word.
    private static bool Separates(Rune r) => Rune.IsWhiteSpace(r)
        || r.Value is (>= 0x3000 and <= 0x303F) or (>= 0xFF00 and <= 0xFF0F) or (>= 0xFF1A and <= 0xFF20) or (>= 0x2010 and <= 0x206F);
}

using System.Text;
using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

/// <summary>Text widths and vertical metrics, measured with the whole (not subset) typefaces.</summary>
internal static class Measure
{
    // SKFont is a native object and not documented as thread-safe: one cache per thread.
    [ThreadStatic] private static Dictionary<(FontFace, float), SKFont>? fonts;

    public static SKFont Font(FontFace face, float size)
    {
        fonts ??= [];
        if (!fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face.Typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            fonts[(face, size)] = font;
        }
        return font;
    }

    // Advance widths per face and size. Runs are shaped without kerning (see Shaper), so a string's width is the sum
    // of its characters' advances, and a managed lookup is far cheaper than a native call per word.
    [ThreadStatic] private static Dictionary<(FontFace, float), Advances>? advances;

    public static float Width(string text, FontFace face, float size)
    {
        // Joined Arabic forms are not the sum of the isolated letters: shape right-to-left text.
        if (Bidi.HasRightToLeft(text)) return face.Shaper.Shape(text, rightToLeft: true, size).Width;
        advances ??= [];
        if (!advances.TryGetValue((face, size), out var table)) advances[(face, size)] = table = new Advances(face, size);
        var width = 0f;
        foreach (var rune in text.EnumerateRunes()) width += table[rune];
        return width;
    }

    /// <summary>One face's advances at one size, measured once per character: ASCII in an array (most of a report's
    /// characters), the rest in a dictionary.</summary>
    private sealed class Advances(FontFace face, float size)
    {
        private readonly float[] ascii = [.. Enumerable.Repeat(float.NaN, 128)];
        private readonly Dictionary<int, float> others = [];

        public float this[Rune rune]
        {
            get
            {
                if (rune.Value < 128)
                {
                    var known = ascii[rune.Value];
                    return float.IsNaN(known) ? ascii[rune.Value] = Of(rune) : known;
                }
                if (!others.TryGetValue(rune.Value, out var advance)) others[rune.Value] = advance = Of(rune);
                return advance;
            }
        }

        private float Of(Rune rune) => Font(face, size).MeasureText(rune.ToString());
    }

    /// <summary>The width of text as <see cref="Text"/> draws it in <paramref name="style"/>: each run in the face that has its
    /// characters (the CJK fallback for Chinese), not all of it in the primary face.</summary>
    public static float Width(string text, FontStyle style, float size)
    {
        var width = 0f;
        var start = 0;
        FontFace? face = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var next = FontCatalog.Resolve(char.ConvertToUtf32(text, i), style);
            if (face is not null && next != face) { width += Width(text[start..i], face, size); start = i; }
            face = next;
        }
        return face is null ? 0 : width + Width(text[start..], face, size);
    }

    [ThreadStatic] private static Dictionary<(FontFace, float), (float, float)>? verticals;

    /// <summary>Ascent (positive, above the baseline) and descent (positive, below).</summary>
    public static (float Ascent, float Descent) Vertical(FontFace face, float size)
    {
        verticals ??= [];
        if (!verticals.TryGetValue((face, size), out var vertical))
        {
            Font(face, size).GetFontMetrics(out var m);
            verticals[(face, size)] = vertical = (-m.Ascent, m.Descent);
        }
        return vertical;
    }
}

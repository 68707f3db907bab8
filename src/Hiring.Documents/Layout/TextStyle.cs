using Hiring.Documents.Layout.Fonts;
using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>How a run of text looks. Sizes are in points (1/72 inch).</summary>
public sealed record TextStyle(float Size = 9.5f, FontStyle Font = FontStyle.Regular, SKColor? Color = null)
{
    public static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    public static readonly TextStyle Body = new();

    public SKColor Fill => Color ?? Ink;
    public TextStyle Bold() => this with { Font = FontStyle.Bold };
    public TextStyle Italic() => this with { Font = FontStyle.Italic };
    public TextStyle WithSize(float size) => this with { Size = size };
    public TextStyle WithColor(SKColor color) => this with { Color = color };

    /// <summary>Line height: 1.3 × size reads well for body text at 8–12 pt.</summary>
    public float LineHeight => Size * 1.3f;
}

/// <summary>A run of text in one style; a paragraph is a list of spans (mixed bold/regular).</summary>
public sealed record Span(string Text, TextStyle Style);

using Hiring.Documents.Layout.Fonts;
using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>
/// What a laid-out page is made of. Layout produces these; the PDF writer paints them after it has
/// subset each font to the code points the <see cref="TextOp"/>s use.
/// </summary>
public abstract record DrawOp;

/// <summary>Text in one face at (<paramref name="X"/>, <paramref name="Baseline"/>), in logical order;
/// a <paramref name="RightToLeft"/> run is shaped right to left and starts at its visual left edge.</summary>
public sealed record TextOp(float X, float Baseline, string Text, FontFace Face, float Size, SKColor Color, bool RightToLeft = false) : DrawOp;

public sealed record RectOp(SKRect Rect, SKColor? Fill, SKColor? Stroke = null, float StrokeWidth = 0.5f) : DrawOp;

public sealed record LineOp(SKPoint From, SKPoint To, SKColor Color, float Width = 0.5f) : DrawOp;

public sealed record ImageOp(SKRect Rect, SKImage Image) : DrawOp;

/// <summary>A child fragment placed at (<paramref name="X"/>, <paramref name="Y"/>) in its parent.</summary>
public sealed record PlaceOp(float X, float Y, Fragment Child) : DrawOp;

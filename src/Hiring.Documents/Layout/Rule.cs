using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>A horizontal line across the column, with <paramref name="space"/> above and below it.</summary>
public sealed class Rule(SKColor color, float thickness = 0.75f, float space = 2) : Element
{
    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var h = 2 * space + thickness;
        if (h > height) return LayoutResult.NothingFits(this);
        var y = space + thickness / 2;
        return LayoutResult.Done(new Fragment(width, h, [new LineOp(new SKPoint(0, y), new SKPoint(width, y), color, thickness)]));
    }
}

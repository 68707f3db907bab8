using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>One bar: its value and an optional reference (a norm group's median) drawn as a tick.</summary>
public sealed record Bar(string Label, double Value, double? Reference = null);

/// <summary>
/// A horizontal bar chart drawn with the layout layer's own vector operations and fonts, so its text
/// is subset with the rest of the document (a charting library would embed its own whole fonts).
/// Kept on one page.
/// </summary>
public sealed class BarChart(IReadOnlyList<Bar> bars, double max = 100, string? valueLegend = null, string? referenceLegend = null) : Element
{
    public static readonly SKColor BarFill = new(0x3B, 0x6E, 0xA8);
    public static readonly SKColor ReferenceInk = new(0xD9, 0x53, 0x1E);
    private static readonly SKColor Grid = new(0xDD, 0xE1, 0xE6);
    private static readonly TextStyle Small = TextStyle.Body.WithSize(7.5f);
    private const float BarHeight = 8, MinRow = 14, ValueColumn = 26;

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var labelWidth = Math.Min(width * 0.38f, bars.Select(b => Fonts.Measure.Width(b.Label, Fonts.FontStyle.Regular, Small.Size)).DefaultIfEmpty(0).Max() + 6);
        var plotX = labelWidth;
        var plotWidth = width - labelWidth - ValueColumn;
        float X(double v) => plotX + (float)(Math.Clamp(v, 0, max) / max) * plotWidth;

        var ops = new List<DrawOp>();
        var y = 0f;
        if (valueLegend is not null || referenceLegend is not null) y = Legend(ops, plotX);
        var plotTop = y;
        foreach (var bar in bars)
        {
            var label = new Text(bar.Label, Small).Layout(labelWidth - 6, float.MaxValue, true).Placed!;
            var row = Math.Max(MinRow, label.Height + 2);
            ops.Add(new PlaceOp(0, y + (row - label.Height) / 2, label));
            var mid = y + row / 2;
            ops.Add(new RectOp(new SKRect(plotX, mid - BarHeight / 2, X(bar.Value), mid + BarHeight / 2), BarFill));
            if (bar.Reference is { } r)
                ops.Add(new LineOp(new SKPoint(X(r), y + 1.5f), new SKPoint(X(r), y + row - 1.5f), ReferenceInk, 2f));
            var value = new Text($"{bar.Value:0}", Small, TextAlign.Right).Layout(ValueColumn - 2, MinRow, true).Placed!;
            ops.Add(new PlaceOp(width - ValueColumn + 2, mid - value.Height / 2, value));
            y += row;
        }
        for (var tick = 0; tick <= 4; tick++)
        {
            var v = max * tick / 4;
            ops.Insert(0, new LineOp(new SKPoint(X(v), plotTop), new SKPoint(X(v), y), Grid));
            var label = new Text($"{v:0}", Small, TextAlign.Center).Layout(30, MinRow, true).Placed!;
            ops.Add(new PlaceOp(X(v) - 15, y + 2, label));
        }
        y += MinRow + 2;
        return y > height ? LayoutResult.NothingFits(this) : LayoutResult.Done(new Fragment(width, y, ops));
    }

    private float Legend(List<DrawOp> ops, float x)
    {
        if (valueLegend is not null)
        {
            ops.Add(new RectOp(new SKRect(x, 3, x + 14, 3 + BarHeight), BarFill));
            var text = new Text(valueLegend, Small).Layout(160, MinRow, true).Placed!;
            ops.Add(new PlaceOp(x + 18, 7 - text.Height / 2, text));
            x += 18 + 160;
        }
        if (referenceLegend is not null)
        {
            ops.Add(new LineOp(new SKPoint(x + 7, 1), new SKPoint(x + 7, 13), ReferenceInk, 2f));
            var text = new Text(referenceLegend, Small).Layout(160, MinRow, true).Placed!;
            ops.Add(new PlaceOp(x + 14, 7 - text.Height / 2, text));
        }
        return MinRow + 6;
    }
}

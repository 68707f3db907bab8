using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>
/// One result on its own scale: the score as a bar from 0 to <see cref="Max"/>, the norm group's middle half as a shaded
/// band, the pass mark as a line, the value written beside it in the test's own unit, and a caption under the track that
/// says what the number means.
/// </summary>
public sealed record Strip(string Label, double Value, double Max, string ValueText, double? Mark = null,
    (double Low, double High)? Band = null, string? Caption = null, bool Below = false);

/// <summary>
/// Results drawn as strips, each on its own scale (percent for most tests, words per minute for typing), so every
/// figure keeps its unit. Drawn with the layout layer's own operations and fonts, like <see cref="BarChart"/>; kept on one page.
/// </summary>
public sealed class ScoreStrips(IReadOnlyList<Strip> strips, string? barLegend = null, string? bandLegend = null, string? markLegend = null) : Element
{
    public static readonly SKColor BandFill = new(0xDC, 0xE7, 0xF3);
    public static readonly SKColor Track = new(0xF1, 0xF2, 0xF4);
    public static readonly SKColor MarkInk = new(0x1F, 0x29, 0x37);
    public static readonly SKColor BelowFill = new(0xB4, 0x23, 0x18);
    private static readonly TextStyle Small = TextStyle.Body.WithSize(7.5f);
    private static readonly TextStyle LabelStyle = TextStyle.Body.WithSize(9).Bold();
    private static readonly TextStyle ValueStyle = TextStyle.Body.WithSize(9).Bold();
    private static readonly TextStyle CaptionStyle = TextStyle.Body.WithSize(8).WithColor(new SKColor(0x4B, 0x55, 0x63));
    private const float TrackHeight = 10, BarHeight = 6, ValueColumn = 76, Gap = 7;

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var labelWidth = Math.Min(width * 0.3f, strips.Select(s => Fonts.Measure.Width(s.Label, Fonts.FontStyle.Bold, LabelStyle.Size))
            .DefaultIfEmpty(0).Max() + 8);
        // At least the usual column, wider when a value needs it ("41.0 chars/min"), so a value never wraps.
        var valueColumn = Math.Min(width * 0.2f, strips.Select(s => Fonts.Measure.Width(s.ValueText, Fonts.FontStyle.Bold, ValueStyle.Size) + 8)
            .Append(ValueColumn).Max());
        var plotX = labelWidth;
        var plotWidth = width - labelWidth - valueColumn;
        var ops = new List<DrawOp>();
        var y = Legend(ops, plotX);
        foreach (var strip in strips)
        {
            float X(double v) => plotX + (float)(Math.Clamp(v, 0, strip.Max) / strip.Max) * plotWidth;
            var label = new Text(strip.Label, LabelStyle).Layout(labelWidth - 8, float.MaxValue, true).Placed!;
            ops.Add(new PlaceOp(0, y + (TrackHeight - label.Height) / 2, label));
            ops.Add(new RectOp(new SKRect(plotX, y, plotX + plotWidth, y + TrackHeight), Track));
            if (strip.Band is { } band)
                ops.Add(new RectOp(new SKRect(X(band.Low), y, Math.Max(X(band.High), X(band.Low) + 1), y + TrackHeight), BandFill));
            var inset = (TrackHeight - BarHeight) / 2;
            ops.Add(new RectOp(new SKRect(plotX, y + inset, X(strip.Value), y + inset + BarHeight), strip.Below ? BelowFill : BarChart.BarFill));
            if (strip.Mark is { } mark)
                ops.Add(new LineOp(new SKPoint(X(mark), y - 2), new SKPoint(X(mark), y + TrackHeight + 2), MarkInk, 1.5f));
            var value = new Text(strip.ValueText, ValueStyle, TextAlign.Right).Layout(valueColumn - 4, float.MaxValue, true).Placed!;
            ops.Add(new PlaceOp(width - valueColumn + 4, y + (TrackHeight - value.Height) / 2, value));
            y += Math.Max(TrackHeight, label.Height) + 2;
            if (strip.Caption is { } caption)
            {
                var text = new Text(caption, CaptionStyle).Layout(plotWidth + valueColumn, float.MaxValue, true).Placed!;
                ops.Add(new PlaceOp(plotX, y, text));
                y += text.Height;
            }
            y += Gap;
        }
        return y > height ? LayoutResult.NothingFits(this) : LayoutResult.Done(new Fragment(width, y, ops));
    }

    private float Legend(List<DrawOp> ops, float x)
    {
        var any = false;
        void Key(string? legend, Action<float> swatch)
        {
            if (legend is null) return;
            swatch(x);
            var text = new Text(legend, Small).Layout(150, float.MaxValue, true).Placed!;
            ops.Add(new PlaceOp(x + 18, 6 - text.Height / 2, text));
            x += 18 + Fonts.Measure.Width(legend, Fonts.FontStyle.Regular, Small.Size) + 14;
            any = true;
        }
        Key(barLegend, at => ops.Add(new RectOp(new SKRect(at, 3, at + 14, 9), BarChart.BarFill)));
        Key(bandLegend, at => ops.Add(new RectOp(new SKRect(at, 1, at + 14, 11), BandFill)));
        Key(markLegend, at => ops.Add(new LineOp(new SKPoint(at + 7, 0), new SKPoint(at + 7, 12), MarkInk, 1.5f)));
        return any ? 20 : 0;
    }
}

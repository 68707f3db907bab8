using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>Padding, background and border around one child. A box split across pages is drawn
/// on both pages around each part.</summary>
public sealed record Box(Element Content)
{
    public float Left { get; init; }
    public float Top { get; init; }
    public float Right { get; init; }
    public float Bottom { get; init; }
    public SKColor? Background { get; init; }
    public SKColor? Border { get; init; }
    public float BorderWidth { get; init; } = 0.75f;
    /// <summary>A box at least this tall (space to write in).</summary>
    public float MinHeight { get; init; }

    public Element ToElement() => new BoxElement(this);
}

internal sealed class BoxElement(Box box) : Element
{
    public Box Box => box;

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var inner = box.Content.Layout(width - box.Left - box.Right, height - box.Top - box.Bottom, pageTop);
        if (inner.Placed is not { } placed) return LayoutResult.NothingFits(this);
        var boxHeight = placed.Height + box.Top + box.Bottom;
        if (inner.Rest is null && boxHeight < box.MinHeight)
        {
            if (box.MinHeight > height && !pageTop) return LayoutResult.NothingFits(this);
            boxHeight = Math.Min(box.MinHeight, height);
        }
        var rect = new SKRect(0, 0, width, boxHeight);
        var ops = new List<DrawOp>();
        if (box.Background is not null || box.Border is not null)
            ops.Add(new RectOp(rect, box.Background, box.Border, box.BorderWidth));
        ops.Add(new PlaceOp(box.Left, box.Top, placed));
        var rest = inner.Rest is null ? null : new BoxElement(box with { Content = inner.Rest });
        return new LayoutResult(new Fragment(width, boxHeight, ops), rest);
    }
}

/// <summary>Fluent decoration in the spirit of QuestPDF: <c>text.Padding(4).Background(grey)</c>.</summary>
public static class BoxExtensions
{
    private static Box AsBox(Element e) => e is BoxElement b ? b.Box : new Box(e);

    public static Element Padding(this Element e, float all) => e.Padding(all, all);
    public static Element Padding(this Element e, float horizontal, float vertical) =>
        (AsBox(e) with { Left = horizontal, Right = horizontal, Top = vertical, Bottom = vertical }).ToElement();
    public static Element PaddingBottom(this Element e, float bottom) => (AsBox(e) with { Bottom = bottom }).ToElement();
    public static Element PaddingTop(this Element e, float top) => (AsBox(e) with { Top = top }).ToElement();
    public static Element Background(this Element e, SKColor color) => (AsBox(e) with { Background = color }).ToElement();
    public static Element Border(this Element e, SKColor color, float width = 0.75f) =>
        (AsBox(e) with { Border = color, BorderWidth = width }).ToElement();
    public static Element MinHeight(this Element e, float height) => (AsBox(e) with { MinHeight = height }).ToElement();
    public static Element KeepTogether(this Element e) => new KeepTogether(e);
}

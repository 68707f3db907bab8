namespace Hiring.Documents.Layout;

public enum TextAlign { Left, Center, Right }

/// <summary>A paragraph: wrapped lines of one or more styled spans. Splits between lines across pages.</summary>
public sealed class Text : Element
{
    private readonly IReadOnlyList<Span> spans;
    private readonly TextAlign align;
    private (float Width, List<TextLine> Lines)? broken;

    public Text(string text, TextStyle? style = null, TextAlign align = TextAlign.Left)
        : this([new Span(text, style ?? TextStyle.Body)], align) { }

    public Text(IReadOnlyList<Span> spans, TextAlign align = TextAlign.Left)
    {
        this.spans = spans;
        this.align = align;
    }

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        if (broken is not { } b || b.Width != width) broken = b = (width, LineBreaker.Break(spans, width));
        return Lines.Place(b.Lines, 0, width, height, align);
    }

    /// <summary>The lines left over after a page break, already broken at the page's width.</summary>
    private sealed class Lines(List<TextLine> lines, int start, TextAlign align) : Element
    {
        public override LayoutResult Layout(float width, float height, bool pageTop) =>
            Place(lines, start, width, height, align);

        public static LayoutResult Place(List<TextLine> lines, int start, float width, float height, TextAlign align)
        {
            var ops = new List<DrawOp>();
            var y = 0f;
            var i = start;
            for (; i < lines.Count && y + lines[i].Height <= height + 0.01f; i++)
            {
                var line = lines[i];
                var shift = align switch
                {
                    TextAlign.Center => (width - line.Width) / 2,
                    TextAlign.Right => width - line.Width,
                    _ => 0,
                };
                line.Draw(ops, 0, y, shift);
                y += line.Height;
            }
            if (i == start) return new LayoutResult(null, new Lines(lines, start, align));
            var placed = new Fragment(width, y, ops);
            return new LayoutResult(placed, i < lines.Count ? new Lines(lines, i, align) : null);
        }
    }
}

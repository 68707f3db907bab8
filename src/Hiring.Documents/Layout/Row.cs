namespace Hiring.Documents.Layout;

/// <summary>Children side by side, each with a fixed width in points or a share of what is left.
/// When a child is taller than the page, every child continues on the next page.</summary>
public sealed class Row(float spacing = 0) : Element
{
    private readonly List<(float Size, bool Fixed, Element Item)> cells = [];

    public Row Fixed(float points, Element item) { cells.Add((points, true, item)); return this; }
    public Row Relative(float weight, Element item) { cells.Add((weight, false, item)); return this; }

    public float[] Widths(float width)
    {
        // Sums in double, as Enumerable.Sum did, so columns keep their exact widths.
        double fixedSum = 0, weightSum = 0;
        foreach (var c in cells)
            if (c.Fixed) fixedSum += c.Size; else weightSum += c.Size;
        var free = width - spacing * Math.Max(0, cells.Count - 1) - (float)fixedSum;
        var weights = (float)weightSum;
        var widths = new float[cells.Count];
        for (var i = 0; i < cells.Count; i++) widths[i] = cells[i].Fixed ? cells[i].Size : Math.Max(0, free) * cells[i].Size / weights;
        return widths;
    }

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var widths = Widths(width);
        var ops = new List<DrawOp>(cells.Count);
        Row? rest = null;
        var x = 0f;
        var rowHeight = 0f;
        for (var i = 0; i < cells.Count; i++)
        {
            var result = cells[i].Item.Layout(widths[i], height, pageTop);
            // Off the page top, a row moves whole rather than leave a cell behind.
            if (result.Placed is null && !pageTop) return LayoutResult.NothingFits(this);
            if (result.Placed is { } placed)
            {
                ops.Add(new PlaceOp(x, 0, placed));
                rowHeight = Math.Max(rowHeight, placed.Height);
            }
            if (result.Rest is not null && rest is null)
            {
                // The cells before this one are done: they continue as nothing on the next page.
                rest = new Row(spacing);
                for (var k = 0; k < i; k++) rest.cells.Add((cells[k].Size, cells[k].Fixed, new Spacer(0)));
            }
            rest?.cells.Add((cells[i].Size, cells[i].Fixed, result.Rest ?? new Spacer(0)));
            x += widths[i] + spacing;
        }
        return new LayoutResult(new Fragment(width, rowHeight, ops), rest);
    }
}

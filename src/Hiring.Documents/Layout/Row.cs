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
        var free = width - spacing * Math.Max(0, cells.Count - 1) - cells.Where(c => c.Fixed).Sum(c => c.Size);
        var weights = cells.Where(c => !c.Fixed).Sum(c => c.Size);
        return cells.Select(c => c.Fixed ? c.Size : Math.Max(0, free) * c.Size / weights).ToArray();
    }

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var widths = Widths(width);
        var ops = new List<DrawOp>();
        var rest = new Row(spacing);
        var x = 0f;
        var rowHeight = 0f;
        var continues = false;
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
            continues |= result.Rest is not null;
            rest.cells.Add((cells[i].Size, cells[i].Fixed, result.Rest ?? new Spacer(0)));
            x += widths[i] + spacing;
        }
        return new LayoutResult(new Fragment(width, rowHeight, ops), continues ? rest : null);
    }
}

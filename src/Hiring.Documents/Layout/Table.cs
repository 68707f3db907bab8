using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>
/// Rows of cells under a header row. Breaks between rows across pages and repeats the header on
/// each page; a single row is split only when it is taller than a whole page.
/// </summary>
public sealed class Table : Element
{
    public static readonly SKColor HeaderFill = new(0xE8, 0xEC, 0xF2);
    public static readonly SKColor StripeFill = new(0xF6, 0xF7, 0xF9);
    public static readonly SKColor RuleColor = new(0xC8, 0xCD, 0xD5);

    private readonly float[] weights;
    private readonly Element header;
    private readonly List<(int Index, Element Row)> rows;

    /// <param name="weights">Relative column widths.</param>
    public Table(float[] weights, IEnumerable<string> headers)
        : this(weights, Cells(weights, headers.Select(h => (Element)new Text(h, TextStyle.Body.WithSize(8.5f).Bold()))), []) { }

    private Table(float[] weights, Element header, List<(int, Element)> rows)
    {
        this.weights = weights;
        this.header = header;
        this.rows = rows;
    }

    public int RowCount => rows.Count;

    public Table AddRow(params Element[] cells)
    {
        rows.Add((rows.Count, Cells(weights, cells)));
        return this;
    }

    public Table AddRow(params string[] cells) => AddRow(cells.Select(c => (Element)new Text(c)).ToArray());

    private static Row Cells(float[] weights, IEnumerable<Element> cells)
    {
        var row = new Row();
        foreach (var (cell, weight) in cells.Zip(weights)) row.Relative(weight, cell.Padding(4, 3));
        return row;
    }

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var head = header.Layout(width, height, pageTop);
        if (head is not { Placed: { } headFragment, Rest: null }) return LayoutResult.NothingFits(this);
        var ops = new List<DrawOp> { new RectOp(new SKRect(0, 0, width, headFragment.Height), HeaderFill), new PlaceOp(0, 0, headFragment) };
        var y = headFragment.Height;
        var placedRows = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var (index, row) = rows[i];
            var splitAllowed = pageTop && placedRows == 0;
            var result = row.Layout(width, height - y, splitAllowed);
            var whole = result.Rest is null;
            if (result.Placed is not { } placed || (!whole && !splitAllowed))
                return placedRows == 0 && !pageTop ? LayoutResult.NothingFits(this) : Break(ops, width, y, i, rows[i].Row);
            if (index % 2 == 1) ops.Add(new RectOp(new SKRect(0, y, width, y + placed.Height), StripeFill));
            ops.Add(new PlaceOp(0, y, placed));
            y += placed.Height;
            ops.Add(new LineOp(new SKPoint(0, y), new SKPoint(width, y), RuleColor));
            placedRows++;
            if (!whole) return Break(ops, width, y, i + 1, result.Rest!, index);
        }
        return LayoutResult.Done(new Fragment(width, y, ops));
    }

    /// <summary>Ends this page's part; the rest starts with <paramref name="next"/> (a row or the rest of a split row).</summary>
    private LayoutResult Break(List<DrawOp> ops, float width, float y, int from, Element next, int? splitIndex = null)
    {
        var remaining = new List<(int, Element)> { (splitIndex ?? rows[Math.Min(from, rows.Count - 1)].Index, next) };
        remaining.AddRange(rows.Skip(splitIndex is null ? from + 1 : from));
        return new LayoutResult(new Fragment(width, y, ops), new Table(weights, header, remaining));
    }
}

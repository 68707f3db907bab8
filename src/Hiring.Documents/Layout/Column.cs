using System.Collections;

namespace Hiring.Documents.Layout;

/// <summary>Children stacked top to bottom with <paramref name="spacing"/> between them; breaks across pages
/// between children or inside a child that can split.</summary>
public sealed class Column(float spacing = 0) : Element, IEnumerable<Element>
{
    private readonly List<Element> items = [];

    /// <summary>Adds a child; null is skipped, so optional sections read as one expression.</summary>
    public void Add(Element? item)
    {
        if (item is not null) items.Add(item);
    }

    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var ops = new List<DrawOp>();
        var y = 0f;
        for (var i = 0; i < items.Count; i++)
        {
            var gap = ops.Count > 0 ? spacing : 0;
            var result = items[i].Layout(width, height - y - gap, pageTop && ops.Count == 0);
            if (result.Placed is { } placed)
            {
                y += gap;
                ops.Add(new PlaceOp(0, y, placed));
                y += placed.Height;
            }
            if (result.Rest is not null)
            {
                if (ops.Count == 0) return LayoutResult.NothingFits(this);
                var rest = new Column(spacing) { result.Rest };
                rest.items.AddRange(items.Skip(i + 1));
                return new LayoutResult(new Fragment(width, y, ops), rest);
            }
        }
        return LayoutResult.Done(new Fragment(width, y, ops));
    }

    public IEnumerator<Element> GetEnumerator() => items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

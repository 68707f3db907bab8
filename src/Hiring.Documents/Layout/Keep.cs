namespace Hiring.Documents.Layout;

/// <summary>Keeps its content on one page (a question with its rating boxes): moves it whole to the
/// next page, and splits it only when it is taller than a page.</summary>
public sealed class KeepTogether(Element content) : Element
{
    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var result = content.Layout(width, height, pageTop);
        return result.Rest is not null && !pageTop ? LayoutResult.NothingFits(this) : result;
    }
}

/// <summary>A heading that never ends a page: it goes where at least the start of <paramref name="next"/> goes.</summary>
public sealed class KeepWithNext(Element first, Element next, float spacing = 0) : Element
{
    public override LayoutResult Layout(float width, float height, bool pageTop)
    {
        var head = first.Layout(width, height, pageTop);
        if (head is not { Placed: { } placed, Rest: null })
            return pageTop ? head with { Rest = new Column(spacing) { head.Rest, next } } : LayoutResult.NothingFits(this);
        var body = next.Layout(width, height - placed.Height - spacing, pageTop: false);
        if (body.Placed is not { } bodyPlaced)
            return pageTop ? new LayoutResult(placed, next) : LayoutResult.NothingFits(this);
        var fragment = new Fragment(width, placed.Height + spacing + bodyPlaced.Height,
            [new PlaceOp(0, 0, placed), new PlaceOp(0, placed.Height + spacing, bodyPlaced)]);
        return new LayoutResult(fragment, body.Rest);
    }
}

namespace Hiring.Documents.Layout;

/// <summary>
/// A piece of document content. Layout is asked for a width and the height left on the page and
/// answers with what fits (<see cref="LayoutResult.Placed"/>) and what must go to the next page
/// (<see cref="LayoutResult.Rest"/>). Elements are immutable: a rest is a new element.
/// </summary>
public abstract class Element
{
    /// <param name="width">Width available, in points.</param>
    /// <param name="height">Height left on this page, in points.</param>
    /// <param name="pageTop">True when nothing is above on this page: an element that cannot fit
    /// even here must split (or shrink) rather than wait for a taller page that never comes.</param>
    public abstract LayoutResult Layout(float width, float height, bool pageTop);
}

/// <summary>
/// <see cref="Placed"/> is null when nothing fits; <see cref="Rest"/> is null when everything did.
/// </summary>
public sealed record LayoutResult(Fragment? Placed, Element? Rest)
{
    public static LayoutResult Done(Fragment placed) => new(placed, null);
    public static LayoutResult NothingFits(Element self) => new(null, self);
}

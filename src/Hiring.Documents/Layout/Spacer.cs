namespace Hiring.Documents.Layout;

/// <summary>Vertical space. At the foot of a page it shrinks to what is left instead of moving on.</summary>
public sealed class Spacer(float height) : Element
{
    public override LayoutResult Layout(float width, float available, bool pageTop) =>
        LayoutResult.Done(new Fragment(width, Math.Max(0, Math.Min(height, available)), []));
}

/// <summary>Starts a new page unless already at the top of one.</summary>
public sealed class PageBreak : Element
{
    public override LayoutResult Layout(float width, float height, bool pageTop) =>
        pageTop ? LayoutResult.Done(Fragment.Empty) : LayoutResult.NothingFits(this);
}

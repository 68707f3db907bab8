namespace Hiring.Documents.Layout;

/// <summary>
/// A laid-out piece of content: its size and the drawing operations in its own coordinates
/// (origin top-left, y downwards). Parents place children with <see cref="PlaceOp"/>, so layout
/// never copies or shifts operations.
/// </summary>
public sealed class Fragment(float width, float height, IReadOnlyList<DrawOp> ops)
{
    public static readonly Fragment Empty = new(0, 0, []);

    public float Width { get; } = width;
    public float Height { get; } = height;
    public IReadOnlyList<DrawOp> Ops { get; } = ops;

    /// <summary>Every operation with its absolute offset, children included.</summary>
    public IReadOnlyList<(float X, float Y, DrawOp Op)> Flatten(float x = 0, float y = 0)
    {
        var ops = new List<(float X, float Y, DrawOp Op)>();
        FlattenInto(ops, x, y);
        return ops;
    }

    // Plain recursion into one list: nested iterators cost a step per nesting level for every operation.
    internal void FlattenInto(List<(float X, float Y, DrawOp Op)> into, float x, float y)
    {
        for (var i = 0; i < Ops.Count; i++)
        {
            if (Ops[i] is PlaceOp place) place.Child.FlattenInto(into, x + place.X, y + place.Y);
            else into.Add((x, y, Ops[i]));
        }
    }
}

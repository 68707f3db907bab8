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
    public IEnumerable<(float X, float Y, DrawOp Op)> Flatten(float x = 0, float y = 0)
    {
        foreach (var op in Ops)
        {
            if (op is PlaceOp place)
                foreach (var inner in place.Child.Flatten(x + place.X, y + place.Y)) yield return inner;
            else
                yield return (x, y, op);
        }
    }
}

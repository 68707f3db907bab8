using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>A PNG or JPEG, scaled to <paramref name="width"/> points (or its 96-dpi size) within the column,
/// keeping its aspect ratio. At the top of a page it shrinks to fit rather than overflow.</summary>
public sealed class Image(SKImage image, float? width = null) : Element
{
    public static Image FromBytes(byte[] encoded, float? width = null) =>
        new(SKImage.FromEncodedData(encoded) ?? throw new ArgumentException("Not a PNG or JPEG image.", nameof(encoded)), width);

    public override LayoutResult Layout(float available, float height, bool pageTop)
    {
        var w = Math.Min(width ?? image.Width * 0.75f, available);
        var h = w * image.Height / image.Width;
        if (h > height)
        {
            if (!pageTop) return LayoutResult.NothingFits(this);
            (w, h) = (height * image.Width / image.Height, height);
        }
        return LayoutResult.Done(new Fragment(w, h, [new ImageOp(new SKRect(0, 0, w, h), image)]));
    }
}

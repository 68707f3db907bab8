using Hiring.Documents.Layout;
using SkiaSharp;

namespace Hiring.Documents;

/// <summary>The colours and small text every document shares, so reports and sheets look like one family.</summary>
public static class HouseStyle
{
    public static readonly SKColor Accent = new(0x1F, 0x4E, 0x79);
    public static readonly SKColor Muted = new(0x6B, 0x72, 0x80);
    public static readonly SKColor Line = new(0xC8, 0xCD, 0xD5);
    public static readonly SKColor Pen = new(0x44, 0x4B, 0x55);

    public static readonly TextStyle Small = TextStyle.Body.WithSize(8).WithColor(Muted);
}

using Hiring.Documents.Layout.Fonts;
using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>
/// Draws laid-out pages with Skia's PDF backend. Before drawing, each face is cut down with
/// HarfBuzz to the code points the pages use, and Skia embeds those small subsets instead of
/// whole font files.
/// </summary>
internal static class PdfWriter
{
    public static void Write(Document document, IReadOnlyList<LaidOutPage> pages, Stream stream)
    {
        var subsets = Subset(pages);
        var fonts = new Dictionary<(FontFace, float), SKFont>();
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
        try
        {
            using var pdf = SKDocument.CreatePdf(stream, Metadata(document.Info))
                ?? throw new InvalidOperationException("Skia could not start a PDF.");
            foreach (var page in pages)
            {
                var canvas = pdf.BeginPage(document.PageSize.Width, document.PageSize.Height);
                foreach (var (at, part) in page.Parts)
                    foreach (var (x, y, op) in part.Flatten(at.X, at.Y))
                        Draw(canvas, x, y, op, fill, stroke, f => Font(fonts, subsets, f));
                pdf.EndPage();
            }
            pdf.Close();
        }
        finally
        {
            foreach (var font in fonts.Values) font.Dispose();
            foreach (var typeface in subsets.Values) typeface.Dispose();
        }
    }

    private static Dictionary<FontFace, SKTypeface> Subset(IReadOnlyList<LaidOutPage> pages)
    {
        var used = new Dictionary<FontFace, HashSet<int>>();
        foreach (var page in pages)
            foreach (var (_, part) in page.Parts)
                foreach (var (_, _, op) in part.Flatten())
                    if (op is TextOp text)
                    {
                        if (!used.TryGetValue(text.Face, out var set)) used[text.Face] = set = [];
                        foreach (var rune in text.Text.EnumerateRunes()) set.Add(rune.Value);
                    }
        return used.ToDictionary(u => u.Key, u =>
        {
            using var data = SKData.CreateCopy(HarfBuzzSubsetter.Subset(u.Key.HarfBuzzFace, u.Value));
            return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia rejected the subset of {u.Key}.");
        });
    }

    private static SKFont Font(Dictionary<(FontFace, float), SKFont> fonts, Dictionary<FontFace, SKTypeface> subsets, TextOp op)
    {
        if (!fonts.TryGetValue((op.Face, op.Size), out var font))
            fonts[(op.Face, op.Size)] = font = new SKFont(subsets[op.Face], op.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Embolden = op.Face.Embolden };
        return font;
    }

    private static void Draw(SKCanvas canvas, float x, float y, DrawOp op, SKPaint fill, SKPaint stroke, Func<TextOp, SKFont> font)
    {
        switch (op)
        {
            case TextOp t:
                fill.Color = t.Color;
                canvas.DrawText(t.Text, x + t.X, y + t.Baseline, font(t), fill);
                break;
            case RectOp r:
                var rect = new SKRect(x + r.Rect.Left, y + r.Rect.Top, x + r.Rect.Right, y + r.Rect.Bottom);
                if (r.Fill is { } f) { fill.Color = f; canvas.DrawRect(rect, fill); }
                if (r.Stroke is { } s) { stroke.Color = s; stroke.StrokeWidth = r.StrokeWidth; canvas.DrawRect(rect, stroke); }
                break;
            case LineOp l:
                stroke.Color = l.Color;
                stroke.StrokeWidth = l.Width;
                canvas.DrawLine(x + l.From.X, y + l.From.Y, x + l.To.X, y + l.To.Y, stroke);
                break;
            case ImageOp i:
                canvas.DrawImage(i.Image, new SKRect(x + i.Rect.Left, y + i.Rect.Top, x + i.Rect.Right, y + i.Rect.Bottom),
                    new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
                break;
        }
    }

    private static SKDocumentPdfMetadata Metadata(DocumentInfo info) => new()
    {
        Title = info.Title,
        Author = info.Author,
        Subject = info.Subject,
        Keywords = info.Keywords,
        Creator = "Hiring",
        Producer = "Hiring (SkiaSharp PDF, HarfBuzz subset fonts)",
        Creation = info.Created.UtcDateTime,
        Modified = info.Created.UtcDateTime,
        RasterDpi = 150,
        EncodingQuality = 85,
    };
}

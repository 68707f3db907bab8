using Hiring.Documents.Layout.Fonts;
using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>
/// Draws laid-out pages with Skia's PDF backend. Before drawing, each face is cut down with
/// HarfBuzz to the code points the pages use (or taken from <see cref="SubsetCache"/>, which keeps
/// recent subsets for the process), and Skia embeds those small subsets instead of whole font files. Runs that need shaping are shaped with HarfBuzz on their subset and drawn as
/// glyphs that keep their characters (text and clusters), so joined Arabic forms still extract as
/// letters; the others (see <see cref="Shaper.Needed"/>) would shape to their characters' own glyphs
/// and advances, and are drawn straight, which keeps a report's drawing time where it was.
/// </summary>
internal static class PdfWriter
{
    public static void Write(Document document, IReadOnlyList<LaidOutPage> pages, Stream stream)
    {
        var flat = pages.Select(Flatten).ToList();
        var subsets = Rent(flat);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
        try
        {
            // Skia writes a PDF in thousands of small pieces: into native memory, not through a managed stream's callback each time.
            using var written = new SKDynamicMemoryWStream();
            using (var pdf = SKDocument.CreatePdf(written, Metadata(document.Info))
                ?? throw new InvalidOperationException("Skia could not start a PDF."))
            {
                foreach (var page in flat)
                {
                    var canvas = pdf.BeginPage(document.PageSize.Width, document.PageSize.Height);
                    foreach (var (x, y, op) in page)
                        Draw(canvas, x, y, op, fill, stroke, subsets);
                    pdf.EndPage();
                }
                pdf.Close();
            }
            using var data = written.DetachAsData();
            stream.Write(data.AsSpan());
        }
        finally
        {
            foreach (var subset in subsets.Values) SubsetCache.Shared.Return(subset);
        }
    }

    /// <summary>A page's operations with their absolute offsets, flattened once for the code points and the drawing.</summary>
    private static List<(float X, float Y, DrawOp Op)> Flatten(LaidOutPage page)
    {
        var ops = new List<(float X, float Y, DrawOp Op)>();
        foreach (var (at, part) in page.Parts) part.FlattenInto(ops, at.X, at.Y);
        return ops;
    }

    /// <summary>Each face's subset for the code points the pages draw with it, shared with other documents.</summary>
    private static Dictionary<FontFace, FontSubset> Rent(List<List<(float X, float Y, DrawOp Op)>> pages)
    {
        // Most characters are ASCII: marked in a table, the others hashed.
        var used = new Dictionary<FontFace, (bool[] Ascii, HashSet<int> Others)>();
        foreach (var page in pages)
            foreach (var (_, _, op) in page)
                if (op is TextOp text)
                {
                    if (!used.TryGetValue(text.Face, out var set)) used[text.Face] = set = (new bool[128], []);
                    foreach (var rune in text.Text.EnumerateRunes())
                        if (rune.Value < 128) set.Ascii[rune.Value] = true;
                        else set.Others.Add(rune.Value);
                }
        var subsets = new Dictionary<FontFace, FontSubset>();
        try
        {
            foreach (var (face, (ascii, others)) in used)
                subsets[face] = SubsetCache.Shared.Rent(face, Enumerable.Range(0, 128).Where(c => ascii[c]).Concat(others));
        }
        catch
        {
            foreach (var subset in subsets.Values) SubsetCache.Shared.Return(subset);
            throw;
        }
        return subsets;
    }

    private static void Draw(SKCanvas canvas, float x, float y, DrawOp op, SKPaint fill, SKPaint stroke, Dictionary<FontFace, FontSubset> subsets)
    {
        switch (op)
        {
            case TextOp t:
                fill.Color = t.Color;
                var subset = subsets[t.Face];
                if (!Shaper.Needed(t.Text))
                {
                    // The subset's blob for this run: the same glyphs and positions Skia makes from the string, made once.
                    var blob = subset.Blob(t.Text, t.Size);
                    if (blob is not null) canvas.DrawText(blob, x + t.X, y + t.Baseline, fill);
                    GC.KeepAlive(blob); // a full blob set may drop it meanwhile: it must not be finalized while Skia draws it
                }
                else using (var blob = Glyphs(subset.Shaper.Shape(t.Text, t.RightToLeft, t.Size), subset.Font(t.Size)))
                    if (blob is not null) canvas.DrawText(blob, x + t.X, y + t.Baseline, fill);
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

    private static SKTextBlob? Glyphs(ShapedRun run, SKFont font)
    {
        if (run.Glyphs.Length == 0) return null;
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetPositions(run.Positions);
        buffer.SetText(run.Utf8);
        buffer.SetClusters(run.Clusters);
        return builder.Build();
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

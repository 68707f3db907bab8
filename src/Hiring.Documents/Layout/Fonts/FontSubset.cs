using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

/// <summary>
/// One face cut down to a set of code points, ready to draw: the font file, Skia's typeface over it and,
/// made on first use, a HarfBuzz shaper, the fonts per size and the text blobs of recent runs. Shared by every
/// document drawn with the same face and code points (see <see cref="SubsetCache"/>), which disposes it once it
/// is evicted and no document draws with it.
/// </summary>
internal sealed class FontSubset : IDisposable
{
    /// <summary>Blobs kept per subset; past this the set starts again (a report draws about 300 different runs).</summary>
    internal const int BlobCapacity = 2048;

    private readonly Lazy<Shaper> shaper;
    private readonly object gate = new();
    private readonly Dictionary<float, SKFont> fonts = [];
    private Dictionary<(float Size, string Text), SKTextBlob?> blobs = [];

    private FontSubset(FontFace face, IReadOnlyList<int> codePoints, byte[] data, SKTypeface typeface)
    {
        Face = face;
        CodePoints = codePoints;
        Data = data;
        Typeface = typeface;
        shaper = new Lazy<Shaper>(() => Shaper.FromData(data));
    }

    public FontFace Face { get; }
    public IReadOnlyList<int> CodePoints { get; }
    /// <summary>The font file Skia embeds.</summary>
    public byte[] Data { get; }
    public SKTypeface Typeface { get; }
    /// <summary>Shapes with this subset's own glyph ids; safe to share between threads.</summary>
    public Shaper Shaper => shaper.Value;
    public bool IsDisposed { get; private set; }

    // Kept by the cache, under its lock.
    internal string Key { get; init; } = "";
    internal int Leases { get; set; }
    internal bool Evicted { get; set; }

    /// <summary>Skia's font for this subset at <paramref name="size"/>; read-only once made, so documents share it.</summary>
    public SKFont Font(float size)
    {
        lock (gate) return FontUnlocked(size);
    }

    /// <summary>
    /// <paramref name="text"/> as Skia draws it at <paramref name="size"/> (glyphs and advances), or null when it has no
    /// glyphs. Reports repeat most of their runs (headings, labels, scale words) and one another's, and turning text into
    /// glyphs and positions for every draw call was a sixth of a report's time, so the blobs are kept: immutable, drawn by any document.
    /// When the set is full it starts again; the blobs dropped then are freed by the garbage collector, not disposed,
    /// because another document may be drawing one at that moment.
    /// </summary>
    public SKTextBlob? Blob(string text, float size)
    {
        lock (gate)
        {
            if (blobs.TryGetValue((size, text), out var blob)) return blob;
            if (blobs.Count >= BlobCapacity) blobs = [];
            return blobs[(size, text)] = SKTextBlob.Create(text, FontUnlocked(size));
        }
    }

    internal int BlobCount { get { lock (gate) return blobs.Count; } }

    private SKFont FontUnlocked(float size)
    {
        if (!fonts.TryGetValue(size, out var font))
            fonts[size] = font = new SKFont(Typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Embolden = Face.Embolden };
        return font;
    }

    public static FontSubset Make(FontFace face, IReadOnlyList<int> codePoints, string key)
    {
        // Layout tables (GSUB, GPOS…) serve only the shaper, which only complex-script runs use.
        var data = HarfBuzzSubsetter.Subset(face.HarfBuzzFace, codePoints, keepLayout: codePoints.Any(Shaper.NeededFor));
        using var skData = SKData.CreateCopy(data);
        var typeface = SKTypeface.FromData(skData) ?? throw new InvalidOperationException($"Skia rejected the subset of {face}.");
        return new FontSubset(face, codePoints, data, typeface) { Key = key };
    }

    public void Dispose()
    {
        if (IsDisposed) return;
        IsDisposed = true;
        if (shaper.IsValueCreated) shaper.Value.Dispose();
        // No document draws with this subset any more (the cache disposes it only then): its blobs and fonts can go.
        foreach (var blob in blobs.Values) blob?.Dispose();
        foreach (var font in fonts.Values) font.Dispose();
        Typeface.Dispose();
    }
}

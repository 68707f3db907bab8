using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

/// <summary>
/// One face cut down to a set of code points, ready to draw: the font file, Skia's typeface over it and,
/// made on first use, a HarfBuzz shaper. Shared by every document drawn with the same face and code
/// points (see <see cref="SubsetCache"/>), which disposes it once it is evicted and no document draws with it.
/// </summary>
internal sealed class FontSubset : IDisposable
{
    private readonly Lazy<Shaper> shaper;

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
        Typeface.Dispose();
    }
}

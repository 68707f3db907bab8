using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

public enum FontStyle { Regular, Bold, Italic }

/// <summary>
/// One face of one font file. Measuring uses the whole typeface (loaded once per process);
/// drawing uses a subset made from <see cref="HarfBuzzFace"/> and shared through <see cref="SubsetCache"/>.
/// </summary>
public sealed class FontFace
{
    private readonly Lazy<IntPtr> harfBuzzFace;
    private readonly Lazy<Shaper> shaper;

    internal FontFace(string name, string path, int index, SKTypeface typeface, bool embolden = false)
    {
        Name = name;
        Path = path;
        Index = index;
        Typeface = typeface;
        Embolden = embolden;
        harfBuzzFace = new Lazy<IntPtr>(() => HarfBuzzSubsetter.OpenFace(path, index));
        shaper = new Lazy<Shaper>(() => Shaper.FromFile(path, index));
    }

    public string Name { get; }
    public string Path { get; }
    public int Index { get; }
    internal SKTypeface Typeface { get; }
    /// <summary>Drawn with a synthetic bold stroke: the face has no bold of its own.</summary>
    public bool Embolden { get; }
    internal IntPtr HarfBuzzFace => harfBuzzFace.Value;
    /// <summary>Shapes with the whole face, for measuring; drawing shapes with the document's subset.</summary>
    internal Shaper Shaper => shaper.Value;

    public bool Covers(int codePoint) => Typeface.ContainsGlyph(codePoint);

    public override string ToString() => Name;
}

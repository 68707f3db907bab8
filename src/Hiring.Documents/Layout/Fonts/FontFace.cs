using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

public enum FontStyle { Regular, Bold, Italic }

/// <summary>
/// One face of one font file. Measuring uses the whole typeface (loaded once per process);
/// drawing uses a per-document subset made from <see cref="HarfBuzzFace"/>.
/// </summary>
public sealed class FontFace
{
    private readonly Lazy<IntPtr> harfBuzzFace;

    internal FontFace(string name, string path, int index, SKTypeface typeface)
    {
        Name = name;
        Path = path;
        Index = index;
        Typeface = typeface;
        harfBuzzFace = new Lazy<IntPtr>(() => HarfBuzzSubsetter.OpenFace(path, index));
    }

    public string Name { get; }
    public string Path { get; }
    public int Index { get; }
    internal SKTypeface Typeface { get; }
    internal IntPtr HarfBuzzFace => harfBuzzFace.Value;

    public bool Covers(int codePoint) => Typeface.ContainsGlyph(codePoint);

    public override string ToString() => Name;
}

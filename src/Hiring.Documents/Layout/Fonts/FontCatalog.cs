using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

/// <summary>
/// The fonts documents are drawn with, all TrueType (glyf) so Skia embeds each HarfBuzz subset as a
/// CID TrueType font whose text extracts: DejaVu Sans (fonts-dejavu-core) for Latin, Greek, Cyrillic,
/// Hebrew and Arabic; WenQuanYi Micro Hei (fonts-wqy-microhei) for Chinese, Japanese and Korean;
/// Symbola (fonts-symbola) for emoji and symbols. A character no face has is printed as its code point
/// (see <see cref="LineBreaker"/>), never left out. Loaded once per process; faces are shared.
/// </summary>
public static class FontCatalog
{
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu";

    /// <summary>Optional fallbacks, in the order they are tried: each is the first installed of its
    /// candidates (family, file), and names the Debian package a missing one comes from.</summary>
    private static readonly (string Package, (string Family, string Path)[] Candidates)[] FallbackFiles =
    [
        ("fonts-wqy-microhei",
        [
            ("WenQuanYi Micro Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            // Noto Sans CJK is CFF: Skia writes it as a Type 3 font (text extracts, but it is not a subset).
            ("Noto Sans CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
        ]),
        ("fonts-symbola", [("Symbola", "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")]),
    ];

    private static readonly Lazy<FontFace[]> Primary = new(() =>
    [
        Load("DejaVuSans", System.IO.Path.Combine(DejaVu, "DejaVuSans.ttf")),
        Load("DejaVuSans-Bold", System.IO.Path.Combine(DejaVu, "DejaVuSans-Bold.ttf")),
        Load("DejaVuSans-Oblique", System.IO.Path.Combine(DejaVu, "DejaVuSans-Oblique.ttf")),
    ]);

    // Per fallback: the regular face and a bold one drawn emboldened (the TrueType CJK faces have one weight).
    private static readonly Lazy<(FontFace Regular, FontFace Bold)[]> Fallbacks = new(() =>
        FallbackFiles.Select(f => f.Candidates.Where(c => File.Exists(c.Path)).Select(c => LoadFallback(c.Family, c.Path)).FirstOrDefault(l => l is not null))
            .OfType<(FontFace, FontFace)>().ToArray());

    public static FontFace For(FontStyle style) => Primary.Value[(int)style];

    /// <summary>The fallback faces that are not installed, each with the Debian package to install: for a start-up warning.</summary>
    public static IReadOnlyList<string> Missing() =>
        FallbackFiles.Where(f => !File.Exists(f.Candidates[0].Path))
            .Select(f => $"{f.Candidates[0].Family} (Debian {f.Package})").ToList();

    /// <summary>The CJK face for <paramref name="style"/>, or null when no CJK font is installed.</summary>
    public static FontFace? CjkFor(FontStyle style) =>
        Fallbacks.Value.Where(f => f.Regular.Covers('中')).Select(f => style == FontStyle.Bold ? f.Bold : f.Regular).FirstOrDefault();

    /// <summary>The face that draws <paramref name="codePoint"/>, or null when no installed face has it.</summary>
    public static FontFace? Find(int codePoint, FontStyle style)
    {
        var primary = For(style);
        // Below U+0250 (Latin) DejaVu has every glyph: skip the lookup for the common case.
        if (codePoint < 0x250 || primary.Covers(codePoint)) return primary;
        foreach (var (regular, bold) in Fallbacks.Value)
            if (regular.Covers(codePoint)) return style == FontStyle.Bold ? bold : regular;
        return null;
    }

    /// <summary>The face that draws <paramref name="codePoint"/>: the first that has it, else the primary face.</summary>
    public static FontFace Resolve(int codePoint, FontStyle style) => Find(codePoint, style) ?? For(style);

    private static FontFace Load(string name, string path) =>
        new(name, path, 0, SKTypeface.FromFile(path, 0)
            ?? throw new FileNotFoundException($"Font {name} is missing: install fonts-dejavu-core.", path));

    private static (FontFace, FontFace)? LoadFallback(string family, string path)
    {
        for (var index = 0; index < 10; index++)
        {
            var typeface = SKTypeface.FromFile(path, index);
            if (typeface is null) break;
            if (typeface.FamilyName == family)
                return (new FontFace(family, path, index, typeface), new FontFace($"{family} Bold", path, index, typeface, embolden: true));
            typeface.Dispose();
        }
        return null;
    }
}

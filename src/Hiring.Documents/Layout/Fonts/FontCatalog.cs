using SkiaSharp;

namespace Hiring.Documents.Layout.Fonts;

/// <summary>
/// The fonts documents are drawn with: DejaVu Sans (Debian fonts-dejavu-core) for Latin, Greek and
/// Cyrillic, and Noto Sans CJK SC (Debian fonts-noto-cjk) as the fallback for Chinese, Japanese and
/// Korean when it is installed. Loaded once per process; faces are immutable and shared.
/// </summary>
public static class FontCatalog
{
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu";
    private static readonly string[] CjkFolders = ["/usr/share/fonts/opentype/noto", "/usr/share/opentype/noto"];
    // The Noto CJK collections hold JP, KR, SC, TC, HK faces; SC has the widest Han coverage we need.
    private const string CjkFamily = "Noto Sans CJK SC";

    private static readonly Lazy<FontFace[]> Primary = new(() =>
    [
        Load("DejaVuSans", System.IO.Path.Combine(DejaVu, "DejaVuSans.ttf"), 0),
        Load("DejaVuSans-Bold", System.IO.Path.Combine(DejaVu, "DejaVuSans-Bold.ttf"), 0),
        Load("DejaVuSans-Oblique", System.IO.Path.Combine(DejaVu, "DejaVuSans-Oblique.ttf"), 0),
    ]);

    private static readonly Lazy<FontFace?[]> Cjk = new(() =>
    [
        LoadCjk("NotoSansCJK-Regular.ttc"),
        LoadCjk("NotoSansCJK-Bold.ttc"),
    ]);

    public static FontFace For(FontStyle style) => Primary.Value[(int)style];

    /// <summary>The CJK face for <paramref name="style"/>, or null when fonts-noto-cjk is not installed.</summary>
    public static FontFace? CjkFor(FontStyle style) => Cjk.Value[style == FontStyle.Bold ? 1 : 0];

    /// <summary>The face that draws <paramref name="codePoint"/>: the primary face when it has the glyph, else CJK.</summary>
    public static FontFace Resolve(int codePoint, FontStyle style)
    {
        var primary = For(style);
        // Below U+0250 (Latin) DejaVu has every glyph: skip the lookup for the common case.
        if (codePoint < 0x250 || primary.Covers(codePoint)) return primary;
        var cjk = CjkFor(style);
        return cjk is not null && cjk.Covers(codePoint) ? cjk : primary;
    }

    private static FontFace Load(string name, string path, int index) =>
        new(name, path, index, SKTypeface.FromFile(path, index)
            ?? throw new FileNotFoundException($"Font {name} is missing: install fonts-dejavu-core.", path));

    private static FontFace? LoadCjk(string file)
    {
        var path = CjkFolders.Select(f => System.IO.Path.Combine(f, file)).FirstOrDefault(File.Exists);
        if (path is null) return null;
        for (var index = 0; index < 10; index++)
        {
            var typeface = SKTypeface.FromFile(path, index);
            if (typeface is null) break;
            if (typeface.FamilyName == CjkFamily)
                return new FontFace($"{CjkFamily} {typeface.FontStyle.Weight}", path, index, typeface);
            typeface.Dispose();
        }
        return null;
    }
}

using Hiring.Documents.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Hiring.Documents.Tests;

/// <summary>Reads PDFs back with PdfPig: what a user (or a screen reader) would get out of them.</summary>
internal static class Pdf
{
    public static byte[] Render(Element content, Func<PageInfo, Element>? header = null, Func<PageInfo, Element>? footer = null) =>
        new Document(new DocumentInfo("Test", "Tests", "Layout", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)))
            .Add(new Section(content, header, footer)).ToPdf();

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var doc = Open(pdf);
        return doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    public static string AllText(byte[] pdf) => string.Join("\n", PageTexts(pdf));

    /// <summary>Every embedded font program: its font name and its decoded size in bytes.</summary>
    public static IReadOnlyList<(string Name, int Bytes)> EmbeddedFonts(byte[] pdf)
    {
        using var doc = Open(pdf);
        var fonts = new List<(string, int)>();
        foreach (var (reference, _) in doc.Structure.CrossReferenceTable.ObjectOffsets)
        {
            if (doc.Structure.GetObject(reference).Data is not DictionaryToken dict) continue;
            if (!dict.TryGet(NameToken.Type, out NameToken type) || type != NameToken.FontDescriptor) continue;
            var name = dict.TryGet(NameToken.FontName, out NameToken fontName) ? fontName.Data : "?";
            foreach (var key in new[] { NameToken.FontFile, NameToken.FontFile2, NameToken.FontFile3 })
                if (dict.TryGet(key, out IndirectReferenceToken file)
                    && doc.Structure.GetObject(file.Data).Data is StreamToken stream)
                    fonts.Add((name, stream.Decode(DefaultFilterProvider.Instance).Length));
        }
        return fonts;
    }
}

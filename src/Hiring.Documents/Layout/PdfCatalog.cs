using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hiring.Documents.Layout;

/// <summary>
/// Adds what SkiaSharp's PDF metadata cannot say to the document catalog: the language (/Lang, read
/// by screen readers) and /ViewerPreferences /DisplayDocTitle (viewers show the title, not the file
/// name). Written as a PDF incremental update (ISO 32000-1 §7.5.6): the catalog object is written
/// again, changed, after the file Skia wrote, with a cross-reference section pointing at it.
/// </summary>
internal static partial class PdfCatalog
{
    public static void Append(MemoryStream pdf, string language)
    {
        var latin1 = Encoding.Latin1;
        var text = latin1.GetString(pdf.GetBuffer(), 0, (int)pdf.Length);
        var trailer = Trailer().Match(text, text.LastIndexOf("trailer", StringComparison.Ordinal));
        var startXref = StartXref().Match(text, text.LastIndexOf("startxref", StringComparison.Ordinal));
        if (!trailer.Success || !startXref.Success) throw new InvalidOperationException("Skia wrote a PDF without the expected trailer.");
        var root = trailer.Groups["root"].Value;
        var objectStart = text.IndexOf($"\n{root} 0 obj\n", StringComparison.Ordinal) + 1;
        var dictStart = text.IndexOf("<<", objectStart, StringComparison.Ordinal);
        var dictEnd = text.IndexOf(">>\nendobj", dictStart, StringComparison.Ordinal);
        if (objectStart == 0 || dictStart < 0 || dictEnd < 0) throw new InvalidOperationException("Skia wrote a PDF without a readable catalog.");

        var catalog = text[dictStart..dictEnd] + $"\n/Lang ({language})\n/ViewerPreferences <</DisplayDocTitle true>>>>";
        var update = new StringBuilder();
        var offset = pdf.Length + 1; // after the newline below
        update.Append($"\n{root} 0 obj\n{catalog}\nendobj\n");
        var xref = pdf.Length + latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{root} 1\n{offset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {trailer.Groups["size"].Value}\n/Root {root} 0 R\n/Info {trailer.Groups["info"].Value} 0 R\n/Prev {startXref.Groups["at"].Value}>>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Seek(0, SeekOrigin.End);
        pdf.Write(latin1.GetBytes(update.ToString()));
    }

    [GeneratedRegex(@"trailer\s*<<\s*/Size (?<size>\d+)\s*/Root (?<root>\d+) 0 R\s*/Info (?<info>\d+) 0 R")]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s*(?<at>\d+)")]
    private static partial Regex StartXref();
}

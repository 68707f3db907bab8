using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>Where a page sits: in the whole document and in its section (one candidate's sheets).</summary>
public sealed record PageInfo(int Number, int Total, int SectionNumber, int SectionTotal);

/// <summary>PDF metadata. <see cref="Created"/> comes from the caller so the same input gives the same file;
/// <see cref="Language"/> (BCP 47) is what screen readers read the text as.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, DateTimeOffset Created, string Keywords = "", string Language = "en");

/// <summary>A run of pages sharing a header and footer; each section starts on a new page.</summary>
public sealed record Section(Element Content, Func<PageInfo, Element>? Header = null, Func<PageInfo, Element>? Footer = null);

/// <summary>
/// A document of pages: A4 by default, margins, sections of content with header and footer.
/// <see cref="ToPdf()"/> lays everything out first, then subsets the fonts to the text laid out,
/// then draws.
/// </summary>
public sealed class Document(DocumentInfo info)
{
    public static readonly SKSize A4 = new(595.28f, 841.89f);

    public DocumentInfo Info { get; } = info;
    public SKSize PageSize { get; init; } = A4;
    public float Margin { get; init; } = 42;
    /// <summary>Space between the header or footer and the content.</summary>
    public float Gap { get; init; } = 10;
    public List<Section> Sections { get; } = [];

    public Document Add(Section section)
    {
        Sections.Add(section);
        return this;
    }

    public IReadOnlyList<LaidOutPage> Paginate() => Paginator.Paginate(this);

    public byte[] ToPdf()
    {
        using var pdf = Write();
        return pdf.ToArray();
    }

    public void WritePdf(Stream stream)
    {
        using var pdf = Write();
        pdf.Position = 0;
        pdf.CopyTo(stream);
    }

    // Skia writes to memory first: the catalog gets an incremental update (language) before the bytes go out.
    private MemoryStream Write()
    {
        var pdf = new MemoryStream();
        PdfWriter.Write(this, Paginate(), pdf);
        PdfCatalog.Append(pdf, Info.Language);
        return pdf;
    }
}

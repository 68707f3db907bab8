using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>Where a page sits: in the whole document and in its section (one candidate's sheets).</summary>
public sealed record PageInfo(int Number, int Total, int SectionNumber, int SectionTotal);

/// <summary>PDF metadata. <see cref="Created"/> comes from the caller so the same input gives the same file.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, DateTimeOffset Created, string Keywords = "");

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
        using var stream = new MemoryStream();
        WritePdf(stream);
        return stream.ToArray();
    }

    public void WritePdf(Stream stream) => PdfWriter.Write(this, Paginate(), stream);
}

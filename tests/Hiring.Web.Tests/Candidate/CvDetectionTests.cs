using System.IO.Compression;
using System.Text;
using Hiring.Web.Recruiting;

namespace Hiring.Web.Tests.Candidate;

public class CvDetectionTests
{
    private static byte[] Zip(params string[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write("<xml/>");
        return buffer.ToArray();
    }

    [Fact]
    public void Pdf_is_recognised_by_its_header() => Assert.Equal(CvStore.Pdf, CvStore.Detect("%PDF-1.7\n..."u8.ToArray()));

    [Fact]
    public void Word_document_is_a_zip_holding_word_document_xml() =>
        Assert.Equal(CvStore.Docx, CvStore.Detect(Zip("[Content_Types].xml", "word/document.xml")));

    [Fact]
    public void Other_zip_files_such_as_a_spreadsheet_are_refused() =>
        Assert.Null(CvStore.Detect(Zip("[Content_Types].xml", "xl/workbook.xml")));

    [Fact]
    public void Utf8_text_with_accents_is_plain_text() =>
        Assert.Equal(CvStore.Text, CvStore.Detect(Encoding.UTF8.GetBytes("Zoë Müller — Łódź\nCustomer service, 3 years")));

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 })]          // MZ: a Windows executable
    [InlineData(new byte[] { 0x48, 0x69, 0x00, 0x21 })]                // text with a NUL
    [InlineData(new byte[] { 0x5A, 0x6F, 0xEB })]                      // "Zoë" in Latin-1: not valid UTF-8
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 })]    // a zip header with no zip behind it
    [InlineData(new byte[0])]
    public void Anything_else_is_refused_whatever_its_name(byte[] content) => Assert.Null(CvStore.Detect(content));
}

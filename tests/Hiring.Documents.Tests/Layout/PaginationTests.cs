using Hiring.Documents.Layout;
using SkiaSharp;

namespace Hiring.Documents.Tests.Layout;

public class PaginationTests
{
    private static Element Paragraphs(int count)
    {
        var column = new Column(6);
        for (var i = 1; i <= count; i++)
            column.Add(new Text($"Paragraph {i:000}: the caller asks which phone number is on file, and the agent finds the real question behind it."));
        return column;
    }

    private static Element PageFooter(PageInfo page) => new Text($"Page {page.Number} of {page.Total}", TextStyle.Body, TextAlign.Right);

    [Fact]
    public void Every_page_is_numbered_x_of_y()
    {
        var pdf = Pdf.Render(Paragraphs(150), footer: PageFooter);
        var pages = Pdf.PageTexts(pdf);

        Assert.True(pages.Count >= 4);
        for (var i = 0; i < pages.Count; i++) Assert.EndsWith($"Page {i + 1} of {pages.Count}", pages[i]);
    }

    [Fact]
    public void Text_is_extracted_in_reading_order_across_pages()
    {
        var pages = Pdf.PageTexts(Pdf.Render(Paragraphs(150)));
        var numbers = pages.SelectMany(p => p.Split(' ')).Where(w => w.EndsWith(':')).Select(w => int.Parse(w.TrimEnd(':'))).ToList();

        Assert.Equal(Enumerable.Range(1, 150), numbers);
    }

    [Fact]
    public void Nothing_is_drawn_below_the_bottom_margin()
    {
        using var doc = Pdf.Open(Pdf.Render(Paragraphs(150), footer: PageFooter));
        foreach (var page in doc.GetPages())
            Assert.All(page.Letters, l =>
            {
                Assert.InRange(l.BoundingBox.Bottom, 42 - 0.5, page.Height - 42 + 0.5);
                Assert.InRange(l.BoundingBox.Right, 42, page.Width - 42 + 0.5);
            });
    }

    [Fact]
    public void Content_that_does_not_fit_moves_whole_to_the_next_page()
    {
        // 757.9 pt of body height: after 730 pt, two 12.35 pt lines would fit, three do not.
        var column = new Column { new Spacer(730), new Text("Kept block line one\nKept block line two\nKept block line three").KeepTogether() };
        var pages = Pdf.PageTexts(Pdf.Render(column));

        Assert.Equal(2, pages.Count);
        Assert.Equal("", pages[0]);
        Assert.Equal("Kept block line one Kept block line two Kept block line three", pages[1]);
    }

    [Fact]
    public void A_wide_image_is_scaled_to_the_column()
    {
        using var bitmap = new SKBitmap(2000, 100);
        bitmap.Erase(SKColors.SteelBlue);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var doc = Pdf.Open(Pdf.Render(Image.FromBytes(png.ToArray())));
        var image = Assert.Single(doc.GetPage(1).GetImages());

        Assert.Equal(595.28 - 2 * 42, image.BoundingBox.Width, 0.5);
        Assert.Equal((595.28 - 2 * 42) / 20, image.BoundingBox.Height, 0.5);
    }

    [Fact]
    public void Metadata_is_written()
    {
        var info = new DocumentInfo("Question sheet", "Hiring", "Interview kit", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        using var doc = Pdf.Open(new Document(info).Add(new Section(new Text("x"))).ToPdf());

        Assert.Equal("Question sheet", doc.Information.Title);
        Assert.Equal("Hiring", doc.Information.Author);
        Assert.Equal("Interview kit", doc.Information.Subject);
        Assert.StartsWith("D:20261124090000", doc.Information.CreationDate);
    }
}

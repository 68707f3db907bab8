using Hiring.Documents.Layout;
using Hiring.Documents.Layout.Fonts;

namespace Hiring.Documents.Tests.Layout;

public class TextWrappingTests
{
    private const float Margin = 42; // Document's default margin
    private const float ColumnWidth = 150;

    private static Element InColumn(Element content) => new Row().Fixed(ColumnWidth, content).Relative(1, new Spacer(0));

    [Fact]
    public void Wrapped_lines_never_exceed_the_column_width()
    {
        var text = string.Join(" ", Enumerable.Repeat("Agents confirm the caller's postcode, account number and the reason for calling before answering.", 6));
        using var doc = Pdf.Open(Pdf.Render(InColumn(new Text(text))));
        var letters = doc.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        Assert.True(letters.Count > 400);
        Assert.All(letters, l => Assert.InRange(l.BoundingBox.Right, Margin, Margin + ColumnWidth + 0.5));
        Assert.True(letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count() > 10, "the paragraph wrapped onto many lines");
    }

    [Fact]
    public void A_word_longer_than_the_column_is_broken_between_characters()
    {
        var word = string.Concat(Enumerable.Repeat("Okonkwo", 12)); // 84 letters, about 400 pt at 9.5 pt
        using var doc = Pdf.Open(Pdf.Render(InColumn(new Text(word))));
        var letters = doc.GetPage(1).Letters.ToList();

        Assert.Equal(word, string.Concat(letters.Select(l => l.Value)));
        Assert.All(letters, l => Assert.True(l.BoundingBox.Right <= Margin + ColumnWidth + 0.5));
        Assert.InRange(letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count(), 3, 4);
    }

    [Fact]
    public void Bold_and_regular_runs_share_one_line_and_keep_their_faces()
    {
        var style = TextStyle.Body;
        var pdf = Pdf.Render(new Text([new Span("Score: ", style.Bold()), new Span("31 of 40, ", style), new Span("passed", style.Bold())]));
        using var doc = Pdf.Open(pdf);
        var letters = doc.GetPage(1).Letters.Where(l => l.Value != " ").ToList();

        Assert.Equal("Score: 31 of 40, passed", string.Join(" ", doc.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Single(letters.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct());
        Assert.All(letters.Where(l => char.IsDigit(l.Value[0])), l => Assert.DoesNotContain("Bold", l.FontName));
        Assert.All(letters.Where(l => "passed".Contains(l.Value)).TakeLast(6), l => Assert.Contains("Bold", l.FontName));
    }

    [Fact]
    public void Cjk_text_falls_back_to_the_cjk_font_and_breaks_between_characters()
    {
        Assert.NotNull(FontCatalog.CjkFor(FontStyle.Regular)); // Debian fonts-wqy-microhei
        var text = string.Concat(Enumerable.Repeat("客户服务中心的工作需要耐心", 4));
        using var doc = Pdf.Open(Pdf.Render(InColumn(new Text(text))));
        var letters = doc.GetPage(1).Letters.ToList();

        Assert.Equal(text, string.Concat(letters.Select(l => l.Value)));
        Assert.All(letters, l => Assert.True(l.BoundingBox.Right <= Margin + ColumnWidth + 0.5));
        Assert.All(text.EnumerateRunes(), r => Assert.True(FontCatalog.Resolve(r.Value, FontStyle.Regular).Covers(r.Value)));
        Assert.Contains("WenQuanYi Micro Hei", FontCatalog.Resolve('客', FontStyle.Regular).Name);
    }
}

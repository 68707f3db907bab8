using Hiring.Documents.Layout;
using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests.Layout;

/// <summary>Every script drawn right: CJK, Arabic and emoji embed as subset fonts and read back.</summary>
public class ScriptTests
{
    private const string Closing = "。，、）」』】！？；：";
    private const string Opening = "（「『【";

    [Fact]
    public void Cjk_text_is_embedded_as_a_subset_truetype_font()
    {
        var pdf = Pdf.Render(new Text("客户服务中心的工作需要耐心。张伟"));
        var fonts = Poppler.Fonts(pdf);

        Assert.All(fonts, f => Assert.DoesNotContain("Type 3", f));
        Assert.Contains(fonts, f => f.Contains("CID TrueType"));
        Assert.Contains("客户服务中心的工作需要耐心。张伟", Poppler.Text(pdf));
    }

    [Fact]
    public void No_cjk_line_starts_with_closing_punctuation_or_ends_with_opening_punctuation()
    {
        const string text = "客户说：「我的订单还没有到。」我们回答：「请稍等，我们会查一下（大约两天）。」谢谢！";
        for (var width = 40f; width <= 200f; width += 3.5f)
        {
            var lines = LineBreaker.Break([new Span(text, TextStyle.Body)], width)
                .Select(l => string.Concat(l.Pieces.Select(p => p.Text.ToString()))).ToList();

            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], Closing));
            Assert.All(lines.SkipLast(1), l => Assert.DoesNotContain(l[^1], Opening));
        }
    }

    [Fact]
    public void Emoji_outside_dejavu_are_drawn_and_read_back()
    {
        var pdf = Pdf.Render(new Text("Launch 🚀 approved 👍"));

        Assert.Contains("🚀", Poppler.Text(pdf));
        Assert.Contains("👍", Poppler.Text(pdf));
        Assert.All(Poppler.Fonts(pdf), f => Assert.Matches(@"\byes\s+yes\s+yes\b", f));
    }

    [Fact]
    public void Arabic_is_shaped_and_reads_back_in_logical_order()
    {
        const string name = "محمد العلي";
        var pdf = Pdf.Render(new Text($"Candidate {name} applied"));

        Assert.Contains(name, Poppler.Text(pdf));
    }

    [Fact]
    public void A_report_with_chinese_arabic_and_emoji_names_reads_back_with_only_subset_fonts()
    {
        const string name = "张伟 محمد العلي 🚀";
        var pdf = CandidateReportPdf.Render(SampleReports.Full(name: name));
        var text = Poppler.Text(pdf);

        Assert.Contains("张伟", text);
        Assert.Contains("محمد العلي", text);
        Assert.Contains("🚀", text);
        Assert.All(Poppler.Fonts(pdf), f => Assert.Matches(@"\byes\s+yes\s+yes\b", f));
        Assert.True(pdf.Length < 100 * 1024, $"{pdf.Length} bytes");
    }
}

using System.Text.RegularExpressions;
using Hiring.Documents.Interviews;
using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests.Reports;

/// <summary>A Chinese reader's report and question sheet: the document's own words are Chinese, read back by pdftotext.</summary>
public class ChineseDocumentTests
{
    // Latin words a Chinese report keeps: the time zone, the e-mail address and the references the model supplies. Its typing
    // test is a Chinese one, so no "WPM" either.
    private static readonly HashSet<string> Allowed = ["UTC", "wang", "xiaoyan", "example", "cn", "APP", "Asia", "Shanghai", "C"];

    private static List<string> EnglishWords(string text) =>
        [.. Regex.Matches(text, "[A-Za-z]+").Select(m => m.Value).Where(w => !Allowed.Contains(w) && !Regex.IsMatch(w, "^[0-9A-F]+$")).Distinct()];

    [Fact]
    public void A_Chinese_report_has_no_English_left()
    {
        var text = Poppler.Text(CandidateReportPdf.Render(ChineseSamples.Report()));

        Assert.Empty(EnglishWords(text));
        Assert.Contains("候选人报告", text);
        Assert.Contains("386 字/分钟", text);
        Assert.Contains("41.0 字/分钟", text);
        Assert.Contains("46.5 字/分钟", text);
        Assert.Contains("净速（已扣除错误）", text);
        Assert.Contains("净速 30 字/分钟", text);
        Assert.Contains("推荐", text);
        Assert.Contains("2026年11月24日", text);
        Assert.Contains("第 1 页，共", text);
    }

    [Fact]
    public void A_Chinese_question_sheet_has_no_English_left()
    {
        var text = Poppler.Text(QuestionSheetPdf.Render(ChineseSamples.Sheet()));

        Assert.Empty(EnglishWords(text));
        Assert.Contains("面试问题表", text);
        Assert.Contains("第 1 题", text);
        Assert.Contains("总体建议", text);
    }

    [Fact]
    public void A_Chinese_report_says_so_in_its_catalog_and_uses_subset_fonts()
    {
        var pdf = CandidateReportPdf.Render(ChineseSamples.Report());

        Assert.Contains("/Lang (zh-Hans)", System.Text.Encoding.Latin1.GetString(pdf));
        Assert.All(Poppler.Fonts(pdf), row => Assert.DoesNotContain("Type 3", row));
    }

    [Fact]
    public void The_same_model_in_English_reads_in_English_and_the_culture_is_restored()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        var text = Pdf.AllText(CandidateReportPdf.Render(ChineseSamples.Report() with { Language = "en" }));

        Assert.Contains("CANDIDATE REPORT", text);
        Assert.Contains("Summary", text);
        // A Chinese typing test read by an English reader: characters per minute, never words.
        Assert.Contains("41.0 chars/min", text);
        Assert.Contains("30 net characters per minute", text);
        Assert.DoesNotContain("WPM", text);
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }
}

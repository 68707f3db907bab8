using Hiring.Documents.Reports;
using UglyToad.PdfPig.Tokens;

namespace Hiring.Documents.Tests.Reports;

/// <summary>What a screen reader and a PDF viewer announce: language, title and author.</summary>
public class ReportMetadataTests
{
    [Fact]
    public void A_report_states_its_language_title_and_author()
    {
        var model = SampleReports.Full(name: "Zoë Ñúñez");
        using var doc = Pdf.Open(CandidateReportPdf.Render(model));
        var catalog = doc.Structure.Catalog.CatalogDictionary;

        Assert.True(catalog.TryGet(NameToken.Create("Lang"), out StringToken language), "the catalog has /Lang");
        Assert.Equal("en", language.Data);
        Assert.True(catalog.TryGet(NameToken.Create("ViewerPreferences"), out DictionaryToken preferences));
        Assert.True(preferences.TryGet(NameToken.Create("DisplayDocTitle"), out BooleanToken show) && show.Data, "viewers show the title, not the file name");
        Assert.Equal("Candidate report: Zoë Ñúñez", doc.Information.Title);
        Assert.Equal(model.Organisation, doc.Information.Author);
    }

    [Fact]
    public void The_added_catalog_keeps_every_page_readable()
    {
        var pdf = CandidateReportPdf.Render(SampleReports.Full());

        Assert.Equal(5, Pdf.PageTexts(pdf).Count);
        Assert.Contains("Situational judgement", Poppler.Text(pdf));
    }
}

using Hiring.Documents.Layout;

namespace Hiring.Documents.Tests.Layout;

public class TableTests
{
    [Fact]
    public void A_table_of_200_rows_spans_pages_and_repeats_its_header()
    {
        var table = new Table([1, 3, 1], ["Rank", "Applicant", "Composite"]);
        for (var i = 1; i <= 200; i++) table.AddRow($"{i}", $"Applicant {i:000}", $"{100 - i % 50}");
        var pages = Pdf.PageTexts(Pdf.Render(table));

        Assert.True(pages.Count >= 5, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.StartsWith("Rank Applicant Composite ", p));
        var applicants = pages.SelectMany(p => p.Split(' ').Where(w => w.Length == 3 && p.Contains($"Applicant {w}")))
            .Select(int.Parse).Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, 200), applicants);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_rather_than_lost()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 90).Select(i => $"Line {i}"));
        var table = new Table([1, 1], ["Question", "Notes"]).AddRow("Q1", tall);
        var text = Pdf.AllText(Pdf.Render(table));

        Assert.Contains("Line 1 ", text);
        Assert.Contains("Line 90", text);
        Assert.Equal(2, text.Split("Question Notes").Length - 1);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_row_split_across_pages_continues_only_its_unfinished_cell_in_the_same_column(bool tallFirst)
    {
        var tall = new Text(string.Join("\n", Enumerable.Range(1, 30).Select(i => $"Line {i}")));
        var row = tallFirst ? new Row(6).Relative(1, tall).Relative(1, new Text("Q1")) : new Row(6).Relative(1, new Text("Q1")).Relative(1, tall);

        var first = row.Layout(300, 100, pageTop: true);
        var second = first.Rest!.Layout(300, 1000, pageTop: true);

        Assert.Null(second.Rest);
        var texts = second.Placed!.Flatten().Select(o => (o.X + ((TextOp)o.Op).X, ((TextOp)o.Op).Text)).ToList();
        Assert.DoesNotContain(texts, t => t.Text == "Q1");
        Assert.Contains((tallFirst ? 0f : 153f, "Line 30"), texts);
    }

    [Fact]
    public void A_row_whose_cells_fit_leaves_nothing_for_the_next_page()
    {
        var row = new Row(6).Relative(1, new Text("Q1")).Fixed(40, new Text("4 of 5"));

        var result = row.Layout(300, 100, pageTop: false);

        Assert.Null(result.Rest);
        Assert.Equal(2, result.Placed!.Flatten().Count);
    }
}

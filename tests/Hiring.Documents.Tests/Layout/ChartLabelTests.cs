using Hiring.Documents.Layout;

namespace Hiring.Documents.Tests.Layout;

/// <summary>
/// Chart labels and legends in Chinese are measured with the face that draws them (the CJK fallback), not the Latin
/// primary face: a label column sized with the wrong face wrapped 计算机操作能力 over two lines, and legend keys drawn
/// side by side ran into each other.
/// </summary>
public class ChartLabelTests
{
    private static readonly string[] Labels = ["情景判断", "打字", "计算机操作能力", "阅读理解"];

    [Fact]
    public void Chinese_score_strip_labels_stay_on_one_line_and_legend_keys_do_not_overlap()
    {
        var strips = new ScoreStrips([.. Labels.Select((l, i) => new Strip(l, 40 + 10 * i, 100, $"{40 + 10 * i}.0%", 60, (35, 70)))],
            "得分", "常模组中间一半", "及格线");
        using var doc = Pdf.Open(Pdf.Render(strips));
        var letters = doc.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        foreach (var label in Labels)
        {
            var start = Enumerable.Range(0, letters.Count).First(i => string.Concat(letters.Skip(i).Take(label.Length).Select(l => l.Value)) == label);
            var run = letters.Skip(start).Take(label.Length).ToList();
            Assert.Single(run.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct());
        }
        var legend = new[] { "得分", "常模组中间一半", "及格线" }.Select(key =>
        {
            var start = Enumerable.Range(0, letters.Count).First(i => string.Concat(letters.Skip(i).Take(key.Length).Select(l => l.Value)) == key);
            var run = letters.Skip(start).Take(key.Length).ToList();
            return (Left: run.Min(l => l.BoundingBox.Left), Right: run.Max(l => l.BoundingBox.Right));
        }).ToList();
        for (var i = 1; i < legend.Count; i++)
            Assert.True(legend[i].Left > legend[i - 1].Right + 14, $"legend key {i} starts at {legend[i].Left}, the one before ends at {legend[i - 1].Right}");
    }

    [Fact]
    public void Chinese_bar_chart_labels_stay_on_one_line()
    {
        var chart = new BarChart([.. Labels.Select((l, i) => new Bar(l, 30 + 15 * i))], 100);
        using var doc = Pdf.Open(Pdf.Render(chart));
        var letters = doc.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var label = "计算机操作能力";
        var start = Enumerable.Range(0, letters.Count).First(i => string.Concat(letters.Skip(i).Take(label.Length).Select(l => l.Value)) == label);
        Assert.Single(letters.Skip(start).Take(label.Length).Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct());
    }
}

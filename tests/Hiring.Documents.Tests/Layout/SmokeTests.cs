using Hiring.Documents.Layout;

namespace Hiring.Documents.Tests.Layout;

public class SmokeTests
{
    [Fact]
    public void A_paragraph_round_trips()
    {
        var pdf = Pdf.Render(new Text("Hello wide world of contact centres, José Müller 张伟"));
        File.WriteAllBytes("/tmp/docs-smoke.pdf", pdf);
        Assert.Contains("Hello wide world", Pdf.AllText(pdf));
        foreach (var f in Pdf.EmbeddedFonts(pdf)) Console.WriteLine($"{f.Name} {f.Bytes}");
        Assert.True(pdf.Length < 30000, $"{pdf.Length}");
    }
}

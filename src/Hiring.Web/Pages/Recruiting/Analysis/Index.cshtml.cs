using Hiring.Core.Analysis;
using Hiring.Core.Assessments;
using Hiring.Web.Analysis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Recruiting.Analysis;

/// <summary>Item analysis of one test (optionally one post type): every item's statistics with its flags, the test's
/// reliability, and a CSV of the same numbers. Recruiters and admins only (the Recruiting folder's policy).</summary>
public class IndexModel(AnalysisQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public TestKind Kind { get; set; } = TestKind.Sjt;
    [BindProperty(SupportsGet = true)] public PostType? Post { get; set; }
    public ItemAnalysisReport Report { get; private set; } = null!;
    public int Attempts { get; private set; }
    public int DemoAttempts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var matrix = await queries.ItemsAsync(Kind, Post, ct);
        (Report, Attempts, DemoAttempts) = (ItemAnalysis.Analyse(matrix.Responses), matrix.Attempts, matrix.DemoAttempts);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = ItemAnalysis.Analyse((await queries.ItemsAsync(Kind, Post, ct)).Responses);
        var buffer = new MemoryStream();
        await ItemCsv.WriteAsync(buffer, report.Items, ct);
        buffer.Position = 0;
        return File(buffer, "text/csv", $"items-{Kind}{(Post is { } p ? "-" + p : "")}.csv".ToLowerInvariant());
    }

    /// <summary>What the reliability figure rests on: one fixed form's complete attempts, or forms drawn from the bank.</summary>
    public static string Basis(TestReliability r) => r.FormItems switch
    {
        null => $"over {r.Attempts} complete attempt(s)",
        > 1 and var k => $"for a form of {k} items drawn from the bank, from how the items' scores vary together over {r.Attempts} attempts",
        _ => $"over {r.Attempts} attempts",
    };

    /// <summary>The flag as a text marker, so a flagged row is never told apart by colour alone.</summary>
    public static string Marker(FlagKind kind) => kind switch
    {
        FlagKind.NegativeDiscrimination => "⚠ Check key",
        FlagKind.TooEasy => "⚠ Too easy",
        FlagKind.TooHard => "⚠ Too hard",
        FlagKind.UnlikeOthers => "⚠ Unlike the others",
        _ => "ⓘ Few attempts",
    };
}

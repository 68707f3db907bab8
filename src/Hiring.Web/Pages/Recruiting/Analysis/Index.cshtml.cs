using Hiring.Core.Analysis;
using Hiring.Core.Assessments;
using Hiring.Web.Analysis;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Analysis;

/// <summary>Item analysis of one test in one language (optionally one post type): every item's statistics with its flags, the test's
/// reliability, and a CSV of the same numbers. Recruiters and admins only (the Recruiting folder's policy).</summary>
public class IndexModel(AnalysisQueries queries, IStringLocalizer<IndexModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public TestKind Kind { get; set; } = TestKind.Sjt;
    [BindProperty(SupportsGet = true)] public PostType? Post { get; set; }
    /// <summary>The posts' language: a Chinese post's items are other items, with statistics of their own.</summary>
    [BindProperty(SupportsGet = true)] public string Language { get; set; } = Cultures.English;
    public ItemAnalysisReport Report { get; private set; } = null!;
    public int Attempts { get; private set; }
    public int DemoAttempts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Cultures.Banks.Contains(Language)) Language = Cultures.English;
        (Report, Attempts, DemoAttempts) = await queries.AnalysedAsync(Kind, Post, Language, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!Cultures.Banks.Contains(Language)) Language = Cultures.English;
        var report = (await queries.AnalysedAsync(Kind, Post, Language, ct)).Report;
        var buffer = new MemoryStream();
        await ItemCsv.WriteAsync(buffer, report.Items, ct);
        buffer.Position = 0;
        return File(buffer, "text/csv", $"items-{Kind}{(Post is { } p ? "-" + p : "")}{(Language == Cultures.English ? "" : "-" + Language)}.csv".ToLowerInvariant());
    }

    /// <summary>What the reliability figure rests on: one fixed form's complete attempts, or forms drawn from the bank.</summary>
    public string Basis(TestReliability r) => r.FormItems switch
    {
        null => text["over {0} complete attempt(s)", r.Attempts],
        > 1 and var k => text["for a form of {0} items drawn from the bank, from how the items' scores vary together over {1} attempts", k, r.Attempts],
        _ => text["over {0} attempts", r.Attempts],
    };

    /// <summary>A sentence of the analysis (a flag's hint, why reliability has no value, the method's name) in the reader's
    /// language: the analysis writes them in English, which is their key here.</summary>
    public string Say(string english) => text[english];

    /// <summary>The flag as a text marker, so a flagged row is never told apart by colour alone.</summary>
    public string Marker(FlagKind kind) => kind switch
    {
        FlagKind.NegativeDiscrimination => text["⚠ Check key"],
        FlagKind.TooEasy => text["⚠ Too easy"],
        FlagKind.TooHard => text["⚠ Too hard"],
        FlagKind.UnlikeOthers => text["⚠ Unlike the others"],
        _ => text["ⓘ Few attempts"],
    };
}

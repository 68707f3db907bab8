using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Norms;
using Hiring.Web.Analysis;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Pages.Recruiting.Analysis;

/// <summary>Norm tables per test, post type and language as <see cref="NormRecompute"/> last stored them: bands, group size,
/// date; and Chinese typing's published-style default table while a Chinese post type still reads its percentiles off it.</summary>
public class NormsModel(HiringDbContext db, PublishedNorms published, IOptions<AssessmentOptions> options) : PageModel
{
    public List<NormRow> Rows { get; private set; } = [];
    /// <summary>Scored attempts, and how many of them demo applicants made (the tables rest on both).</summary>
    public (int All, int Demo) Scored { get; private set; }
    /// <summary>The Chinese typing default table, shown until every Chinese post type has a table of its own; null then.</summary>
    public IReadOnlyList<NormBand>? ChineseTypingDefault { get; private set; }
    /// <summary>The post types of Chinese posts still on the default table.</summary>
    public List<PostType> OnDefault { get; private set; } = [];
    public int MinLocalNorm => options.Value.MinLocalNorm;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = [.. (await db.NormRows.AsNoTracking().ToListAsync(ct)).OrderBy(r => r.Kind).ThenBy(r => r.PostType).ThenBy(r => r.Language, StringComparer.Ordinal)];
        var scored = db.Attempts.Where(a => a.SubmittedAt != null);
        Scored = (await scored.CountAsync(ct), await scored.CountAsync(a => a.Application!.Candidate!.IsDemo, ct));

        const string chinese = Cultures.ChineseSimplified;
        if (published.Typing(chinese) is not { } defaults) return;
        var types = await db.Posts.AsNoTracking().Where(p => p.Language == chinese).Select(p => p.PostType).Distinct().ToListAsync(ct);
        var local = Rows.Where(r => r.Kind == TestKind.Typing && r.Language == chinese && r.Size >= MinLocalNorm).Select(r => r.PostType);
        OnDefault = [.. types.Except(local).Order()];
        if (types.Count == 0 || OnDefault.Count > 0) ChineseTypingDefault = defaults;
    }
}

using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Recruiting;

/// <summary>The recruiter dashboard: a funnel per open post, time in each stage, time to shortlist, and where applications come from.</summary>
public class IndexModel(RecruitingAnalytics analytics) : PageModel
{
    public Analytics Figures { get; private set; } = null!;

    public async Task OnGetAsync() => Figures = await analytics.ForOpenPostsAsync();
}

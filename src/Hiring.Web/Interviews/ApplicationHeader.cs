using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>Who and what an interview page is about: shown at the top of the kit, scorecard and schedule pages and on the
/// question sheet. The candidate is named as on the application (as the report does), the account's name only when that is empty.</summary>
public sealed record ApplicationHeader(Guid Id, string Candidate, string? Email, string Post, PostType PostType, Stage Stage)
{
    public static Task<ApplicationHeader?> FindAsync(HiringDbContext db, Guid applicationId) =>
        db.Applications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new ApplicationHeader(a.Id, a.FullName != "" ? a.FullName : a.Candidate!.DisplayName, a.Candidate!.Email, a.Post!.Title, a.Post.PostType, a.Stage))
            .SingleOrDefaultAsync();
}

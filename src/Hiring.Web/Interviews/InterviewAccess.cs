using System.Security.Claims;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>The resource of the "may this user interview this application" check: who is on its panels.</summary>
public sealed record ApplicationPanel(Guid ApplicationId, IReadOnlySet<string> InterviewerIds);

public static class InterviewOperations
{
    /// <summary>Open the application's kit, interviews and scorecards.</summary>
    public static readonly OperationAuthorizationRequirement Open = new() { Name = nameof(Open) };
}

/// <summary>Recruiters and admins see every application; an interviewer or hiring manager only those they are booked to interview.</summary>
public sealed class ApplicationPanelHandler : AuthorizationHandler<OperationAuthorizationRequirement, ApplicationPanel>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ApplicationPanel resource)
    {
        var user = context.User;
        if (user.IsInRole(Roles.Recruiter) || user.IsInRole(Roles.Admin)) context.Succeed(requirement);
        else if ((user.IsInRole(Roles.Interviewer) || user.IsInRole(Roles.HiringManager)) && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && resource.InterviewerIds.Contains(id))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Loads an application's panel and runs the resource-based check; pages call it and Forbid() on false.</summary>
public sealed class InterviewAccess(HiringDbContext db, IAuthorizationService authorization)
{
    public async Task<bool> CanOpenAsync(ClaimsPrincipal user, Guid applicationId)
    {
        var ids = await db.InterviewPanelists.AsNoTracking()
            .Where(p => db.Interviews.Any(i => i.Id == p.InterviewId && i.ApplicationId == applicationId && i.Status == InterviewStatus.Scheduled))
            .Select(p => p.InterviewerId).ToListAsync();
        var result = await authorization.AuthorizeAsync(user, new ApplicationPanel(applicationId, ids.ToHashSet()), InterviewOperations.Open);
        return result.Succeeded;
    }

    public static bool IsRecruiter(ClaimsPrincipal user) => user.IsInRole(Roles.Recruiter) || user.IsInRole(Roles.Admin);
}

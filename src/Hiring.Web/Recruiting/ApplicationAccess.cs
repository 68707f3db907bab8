using System.Security.Claims;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Hiring.Web.Recruiting;

/// <summary>Operations on one application, checked with <c>IAuthorizationService.AuthorizeAsync(User, application, op)</c>.</summary>
public static class ApplicationOperations
{
    /// <summary>Read the application and download its CV: the candidate who owns it, a recruiter or an admin.
    /// Interviewers and hiring managers pass only through the panel rule (<c>InterviewAccess.CanOpenAsync</c>).</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    /// <summary>Withdraw: only the candidate who owns it.</summary>
    public static readonly OperationAuthorizationRequirement Withdraw = new() { Name = nameof(Withdraw) };
    /// <summary>Ask for an adjustment to the tests, or change the request: only the candidate who owns it.</summary>
    public static readonly OperationAuthorizationRequirement AskForAccommodation = new() { Name = nameof(AskForAccommodation) };
}

public sealed class ApplicationAccessHandler : AuthorizationHandler<OperationAuthorizationRequirement, Application>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Application resource)
    {
        var owner = context.User.FindFirstValue(ClaimTypes.NameIdentifier) == resource.CandidateId;
        var readsAll = context.User.IsInRole(Roles.Recruiter) || context.User.IsInRole(Roles.Admin);
        if (owner || (requirement == ApplicationOperations.Read && readsAll)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

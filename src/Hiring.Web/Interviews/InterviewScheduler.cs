using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>What a recruiter books: start (UTC), length, place and/or video link, and the panel.</summary>
public sealed record InterviewBooking(DateTime StartsAt, int Minutes, string Location, string? VideoLink, IReadOnlyList<string> InterviewerIds);

/// <summary>
/// Books, moves and cancels interviews and tells the people concerned: their mails are queued in the
/// outbox in the same save as the change, and the outbox sender delivers them with its retries.
/// </summary>
public sealed class InterviewScheduler(HiringDbContext db, InterviewInvites invites, TimeProvider clock)
{
    public sealed record Result(Guid InterviewId);

    /// <summary>The users who may sit on a panel (the Interviewer role), by name.</summary>
    public async Task<List<(string Id, string Name)>> InterviewersAsync(CancellationToken ct = default) =>
        (await (from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == Roles.Interviewer
                orderby u.DisplayName
                select new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();

    public async Task<Result> BookAsync(Guid applicationId, InterviewBooking booking, string? byUserId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var interview = new Interview
        {
            ApplicationId = applicationId, CalendarUid = "", ScheduledById = byUserId, CreatedAt = now, UpdatedAt = now,
        };
        interview.CalendarUid = $"interview-{interview.Id:N}@hiring";
        Apply(interview, booking);
        interview.Panel.AddRange(booking.InterviewerIds.Distinct().Select(id => new InterviewPanelist { InterviewerId = id }));
        db.Interviews.Add(interview);
        await invites.QueueAsync(interview, InterviewInvites.Change.Booked, booking.InterviewerIds, toCandidate: true, ct);
        await db.SaveChangesAsync(ct);
        return new Result(interview.Id);
    }

    public async Task<Result?> RescheduleAsync(Guid interviewId, InterviewBooking booking, bool tellCandidate, CancellationToken ct = default)
    {
        var interview = await db.Interviews.Include(i => i.Panel).SingleOrDefaultAsync(i => i.Id == interviewId && i.Status == InterviewStatus.Scheduled, ct);
        if (interview is null) return null;
        var wanted = booking.InterviewerIds.Distinct().ToHashSet();
        var removed = interview.Panel.Where(p => !wanted.Contains(p.InterviewerId)).ToList();
        foreach (var p in removed) interview.Panel.Remove(p);
        foreach (var id in wanted.Where(id => interview.Panel.All(p => p.InterviewerId != id)))
            interview.Panel.Add(new InterviewPanelist { InterviewerId = id });
        var endChanged = interview.EndsAt != booking.StartsAt.AddMinutes(booking.Minutes);
        Apply(interview, booking);
        // A moved interview has not ended yet: its reminders are due again after the new end.
        if (endChanged)
            foreach (var p in interview.Panel) (p.ReminderClaimedBy, p.ReminderClaimedAt, p.ReminderSentAt) = (null, null, null);
        interview.Sequence++;
        interview.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await invites.QueueAsync(interview, InterviewInvites.Change.Moved, wanted, tellCandidate, ct);
        await invites.QueueAsync(interview, InterviewInvites.Change.Removed, removed.Select(p => p.InterviewerId), false, ct);
        await db.SaveChangesAsync(ct);
        return new Result(interview.Id);
    }

    public async Task<Result?> CancelAsync(Guid interviewId, bool tellCandidate, CancellationToken ct = default)
    {
        var interview = await db.Interviews.Include(i => i.Panel).SingleOrDefaultAsync(i => i.Id == interviewId && i.Status == InterviewStatus.Scheduled, ct);
        if (interview is null) return null;
        interview.Status = InterviewStatus.Cancelled;
        interview.Sequence++;
        interview.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await invites.QueueAsync(interview, InterviewInvites.Change.Cancelled, interview.Panel.Select(p => p.InterviewerId), tellCandidate, ct);
        await db.SaveChangesAsync(ct);
        return new Result(interview.Id);
    }

    private static void Apply(Interview interview, InterviewBooking booking)
    {
        interview.StartsAt = booking.StartsAt;
        interview.EndsAt = booking.StartsAt.AddMinutes(booking.Minutes);
        interview.Location = booking.Location.Trim();
        interview.VideoLink = string.IsNullOrWhiteSpace(booking.VideoLink) ? null : booking.VideoLink.Trim();
    }
}

using Hiring.Core.Assessments.Timing;
using Hiring.Web.Domain;

namespace Hiring.Web.Assessments;

/// <summary>Every request from a test page is a sign of life: a gap over 60 s since the last one is an outage.</summary>
public static class AttemptContact
{
    public static void Record(Attempt attempt, DateTime now)
    {
        var gap = Outage.Gap(attempt.LastContactAt, now);
        if (gap > TimeSpan.Zero && !attempt.IsSubmitted)
        {
            attempt.OutageCount++;
            attempt.OutageSeconds += (int)gap.TotalSeconds;
            if (attempt.CreditOutages)
            {
                var allowed = AttemptClock.Allowed(attempt.TimeLimitMinutes, attempt.AccommodationFactor);
                var credit = Outage.Credit(gap, attempt.LastContactAt, attempt.DeadlineAt, TimeSpan.FromSeconds(attempt.CreditedSeconds), allowed);
                credit = TimeSpan.FromSeconds(Math.Floor(credit.TotalSeconds));
                attempt.DeadlineAt += credit;
                attempt.CreditedSeconds += (int)credit.TotalSeconds;
            }
        }
        if (now > attempt.LastContactAt) attempt.LastContactAt = now;
    }
}

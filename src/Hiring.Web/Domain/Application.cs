using Hiring.Core.Recruiting;

namespace Hiring.Web.Domain;

/// <summary>A candidate's application to one post, moving through the pipeline stages.</summary>
public class Application
{
    /// <summary>Random, so ids in candidates' URLs are not guessable sequences.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();
    public int PostId { get; set; }
    public Post? Post { get; set; }
    public required string CandidateId { get; set; }
    public ApplicationUser? Candidate { get; set; }
    public Stage Stage { get; set; }
    public DateTime AppliedAt { get; set; }
    public DateTime StageChangedAt { get; set; }
    /// <summary>Where the application came from: careers, referral, or a job board's <c>source</c> parameter.</summary>
    public string Source { get; set; } = "careers";
    public string? CvStoredName { get; set; }
    public string? CvFileName { get; set; }
    public string? CvContentType { get; set; }
    /// <summary>Weighted composite of the battery's test percents; null until a test is scored.</summary>
    public double? CompositeScore { get; set; }
    public DateTime? ConsentedAt { get; set; }
    /// <summary>When the applicant was invited to the battery; null until then.</summary>
    public DateTime? TestsInvitedAt { get; set; }
    /// <summary>The battery must be finished by then (invitation + the post's CompleteTestsWithinDays).</summary>
    public DateTime? TestsDueAt { get; set; }
    /// <summary>Extra-time factor a recruiter grants (1.0 none, e.g. 1.25 or 1.5); multiplies every time limit.</summary>
    public double AccommodationFactor { get; set; } = 1.0;
    /// <summary>The candidate's request for an adjustment (extra time, a screen reader, no audio), if they made one.</summary>
    public AccommodationRequest? Accommodation { get; set; }
    public List<StageChange> History { get; set; } = [];
    /// <summary>The battery's test attempts (one per test at most).</summary>
    public List<Attempt> Attempts { get; set; } = [];
    /// <summary>Interviewers' scorecards (drafts until submitted).</summary>
    public List<Scorecard> Scorecards { get; set; } = [];

    /// <summary>The applicant's profile as given on the form (name, contact, location, languages).</summary>
    public string FullName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Location { get; set; } = "";
    public string Languages { get; set; } = "";
    public Screening Screening { get; set; } = new();
    public List<QuestionAnswer> Answers { get; set; } = [];
    /// <summary>True when a custom question's answer is a knock-out; the recruiter decides what to do.</summary>
    public bool KnockedOut { get; set; }
    public List<ApplicationNote> Notes { get; set; } = [];
    /// <summary>Recruiter tags, space-separated lower-case words (e.g. "bilingual callback").</summary>
    public string Tags { get; set; } = "";
    /// <summary>When the 24-hour test reminder was queued; null until then (the reminder job claims on it).</summary>
    public DateTime? TestReminderSentAt { get; set; }
    /// <summary>
    /// What the recruiter list's search box matches: name, e-mail and phone in one column
    /// (<see cref="Recruiting.ApplicationSearch.KeyFor"/>), kept by <see cref="Data.HiringDbContext"/> on every save.
    /// </summary>
    public string SearchKey { get; set; } = "";
    /// <summary>When its personal data was erased (candidate's request or the retention period); null while held.</summary>
    public DateTime? ErasedAt { get; set; }

    /// <summary>Moves to <paramref name="to"/> if <see cref="StageRules"/> allows it, recording who, when and why.</summary>
    public bool TryMoveTo(Stage to, string? byUserId, string reason, DateTime at, bool postHasTests = true)
    {
        if (!StageRules.CanMove(Stage, to, postHasTests)) return false;
        History.Add(new StageChange { ApplicationId = Id, From = Stage, To = to, At = at, ByUserId = byUserId, Reason = reason });
        (Stage, StageChangedAt) = (to, at);
        return true;
    }
}

/// <summary>One move of an application between stages: who, when and why.</summary>
public class StageChange
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public Stage From { get; set; }
    public Stage To { get; set; }
    public DateTime At { get; set; }
    public string? ByUserId { get; set; }
    public string Reason { get; set; } = "";
}

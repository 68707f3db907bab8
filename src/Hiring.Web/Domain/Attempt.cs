using Hiring.Core.Assessments;

namespace Hiring.Web.Domain;

/// <summary>How an attempt came to be submitted.</summary>
public enum AttemptEnd { Candidate, TimeUp, Sweep }

/// <summary>
/// One sitting of one battery test by one application. Starting it fixes the form (seed + drawn items),
/// the deadline and the time rules; the server owns the clock. Scores are filled in at submission.
/// </summary>
public class Attempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ApplicationId { get; set; }
    public Application? Application { get; set; }
    public int BatteryTestId { get; set; }
    public BatteryTest? BatteryTest { get; set; }
    public TestKind Kind { get; set; }

    /// <summary>The SplitMix64 seed the form was drawn with (a ulong stored bit for bit).</summary>
    public long FormSeed { get; set; }
    /// <summary>The drawn <see cref="Hiring.Core.Assessments.Forms.Form"/> as JSON: item ids, versions, option order. No keys.</summary>
    public required string Form { get; set; }

    public DateTime StartedAt { get; set; }
    public DateTime DeadlineAt { get; set; }
    /// <summary>Copied from the battery and the application at start, so later edits do not move a running clock.</summary>
    public int TimeLimitMinutes { get; set; }
    /// <summary>The battery's pass mark and weight at start: the attempt is marked and weighed by them whatever the post says later.</summary>
    public double PassMark { get; set; }
    public double Weight { get; set; }
    public double AccommodationFactor { get; set; } = 1.0;
    public bool CreditOutages { get; set; }

    /// <summary>Last heartbeat, save or page load; a gap over 60 s is an outage.</summary>
    public DateTime LastContactAt { get; set; }
    public int OutageCount { get; set; }
    public int OutageSeconds { get; set; }
    public int CreditedSeconds { get; set; }

    public DateTime? SubmittedAt { get; set; }
    public AttemptEnd? EndedBy { get; set; }
    public double? Raw { get; set; }
    public double? MaxRaw { get; set; }
    public double? Percent { get; set; }
    public bool? Passed { get; set; }
    /// <summary>Scoring detail as JSON (<see cref="Assessments.AttemptDetail"/>): per item, per competency, typing figures.</summary>
    public string? Detail { get; set; }

    // Integrity signals: shown to recruiters as flags, never a reason to fail anyone by themselves.
    public int BlurCount { get; set; }
    public int AwaySeconds { get; set; }
    public int PasteCount { get; set; }
    public int CopyCount { get; set; }
    public int FullscreenExits { get; set; }
    public int SyntheticInputs { get; set; }

    /// <summary>Set by a sweeping app instance while it finalises this attempt, so no other instance does it too.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public int Version { get; set; }
    public List<AttemptAnswer> Answers { get; set; } = [];

    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>A field-by-field copy, without navigations' contents being copied.</summary>
    public Attempt Copy() => (Attempt)MemberwiseClone();
}

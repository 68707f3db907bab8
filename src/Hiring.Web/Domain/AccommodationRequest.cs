namespace Hiring.Web.Domain;

public enum AccommodationStatus { Requested, Granted, Declined }

/// <summary>
/// A candidate's request for an adjustment to the tests (one per application): what they need, in their words, and the
/// recruiter's decision. The candidate edits it until they start a test; an edit after a decision asks again. Granted extra
/// time is <see cref="Application.AccommodationFactor"/>, which every attempt copies when it starts; the other needs are
/// read from here (<see cref="SimulationWithoutAudio"/>): a screen reader is the candidate's own, and "no audio" means the simulation's
/// call is read, not heard, for any audio the simulation plays.
/// </summary>
public class AccommodationRequest
{
    /// <summary>The candidate's note and the recruiter's reason are a few sentences: what goes into a mail, not a document.</summary>
    public const int MaxText = 1000;

    public Guid ApplicationId { get; set; }
    public bool ExtraTime { get; set; }
    public bool ScreenReader { get; set; }
    /// <summary>The simulation's call to be read (its transcript), not heard.</summary>
    public bool NoAudio { get; set; }
    public bool Other { get; set; }
    /// <summary>The candidate's own words: what they need and why, as much as they choose to say. Personal data (erased).</summary>
    public string Note { get; set; } = "";
    public AccommodationStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    /// <summary>Why it was declined, told to the candidate (erased with the application).</summary>
    public string DeclineReason { get; set; } = "";

    public bool AsksForAnything => ExtraTime || ScreenReader || NoAudio || Other;

    /// <summary>True when the simulation must not rely on sound for this candidate: a granted request for no audio. A feature
    /// that plays the call aloud reads this and shows the transcript instead.</summary>
    public bool SimulationWithoutAudio => Status == AccommodationStatus.Granted && NoAudio;
}

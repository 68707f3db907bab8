using Hiring.Core.Interviews;

namespace Hiring.Web.Domain;

/// <summary>One interviewer's ratings of one application: a rating and notes per kit question and an overall call.</summary>
public class Scorecard
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string InterviewerId { get; set; }
    public ApplicationUser? Interviewer { get; set; }
    public Recommendation? Recommendation { get; set; }
    public string Notes { get; set; } = "";
    /// <summary>Null while a draft; only submitted scorecards count in the averages.</summary>
    public DateTime? SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ScorecardRating> Ratings { get; set; } = [];
}

/// <summary>A rating (1–5) of one question, pinned to the bank version that was asked.</summary>
public class ScorecardRating
{
    public long Id { get; set; }
    public long ScorecardId { get; set; }
    public required string QuestionId { get; set; }
    public int QuestionVersion { get; set; }
    public BankItem? Question { get; set; }
    public int Rating { get; set; }
    public string Notes { get; set; } = "";
}

using Hiring.Core.Assessments.Forms;
using Hiring.Core.Assessments.Scoring;
using Hiring.Web.Domain;

namespace Hiring.Web.Assessments;

/// <summary>Typing: recomputed with TypingScore from the typed text and keystrokes (lands with the Typing rules).</summary>
public static class TypingScorer
{
    public static (TestResult Result, AttemptDetail Detail) Score(Attempt attempt, Form form, FormContent content,
        IReadOnlyDictionary<string, AnswerValue> answers, double passMark, DateTime submittedAt) =>
        throw new NotSupportedException("Typing scoring arrives with Hiring.Core.Assessments.Typing");
}

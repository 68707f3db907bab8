using System.Linq.Expressions;
using Hiring.Core.Assessments;
using Hiring.Web.Domain;

namespace Hiring.Web.Recruiting;

/// <summary>
/// The integrity signals of an attempt as the recruiter list filters and counts them, in the database: every one the
/// report and the applicant page flag in words (<see cref="Assessments.IntegrityFlags"/>) — leaving the window, pasting,
/// copying, leaving full screen, input not made by a keyboard, a lost connection, a typing result's flags, a reading
/// passage skimmed. Spelled once here, so the filter, the count column and the board cannot disagree.
/// </summary>
public static class IntegritySignals
{
    // As AttemptFinaliser.Json writes a typing result with no flag, and a passage read faster than the ceiling.
    private const string NoTypingFlag = "\"flags\":[]";
    private const string SkimmedPassage = "\"skimmed\":true";

    /// <summary>How many signals one attempt raised: one per event counted, and one for flags its scoring found.</summary>
    public static readonly Expression<Func<Attempt, int>> Count = t =>
        t.BlurCount + t.PasteCount + t.CopyCount + t.FullscreenExits + t.SyntheticInputs + t.OutageCount
        + (t.Detail != null && ((t.Kind == TestKind.Typing && !t.Detail.Contains(NoTypingFlag)) || (t.Kind == TestKind.Reading && t.Detail.Contains(SkimmedPassage))) ? 1 : 0);

    /// <summary>Whether one attempt raised any signal.</summary>
    public static readonly Expression<Func<Attempt, bool>> Raised = With((t, n) => n > 0);

    /// <summary><paramref name="shape"/> of an attempt and its <see cref="Count"/>, as one expression the database runs.</summary>
    public static Expression<Func<Attempt, TResult>> With<TResult>(Expression<Func<Attempt, int, TResult>> shape)
    {
        var attempt = shape.Parameters[0];
        var count = new Rebind(Count.Parameters[0], attempt).Visit(Count.Body);
        return Expression.Lambda<Func<Attempt, TResult>>(new Rebind(shape.Parameters[1], count).Visit(shape.Body), attempt);
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

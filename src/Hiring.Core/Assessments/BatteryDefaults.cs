namespace Hiring.Core.Assessments;

/// <summary>
/// One test of a post's battery: how long it runs, what passes, and its weight in the composite.
/// <see cref="PassMark"/> is in the test's own unit: net WPM for typing (net 字/分钟 on a Chinese post), percent for the others.
/// </summary>
public sealed record BatteryTestSettings(TestKind Kind, int TimeLimitMinutes, double PassMark, double Weight);

/// <summary>
/// Sensible starting batteries per post type. Outbound weighs judgement (the selling items) most;
/// inbound weighs reading and accuracy; chat-heavy technical support asks for faster typing.
/// Recruiters edit the battery per post; these are only where it starts.
/// </summary>
public static class BatteryDefaults
{
    /// <summary>Days a candidate has to finish the battery after the invitation.</summary>
    public const int CompleteWithinDays = 5;

    /// <summary>Chinese typing pass mark in net 字/分钟: the interview requirement employers publish (a large cloud
    /// company's customer-service standard, 65, is the bar for chat-heavy technical support).</summary>
    public const double ChineseTypingPassMark = 50, ChineseTechSupportTypingPassMark = 65;

    /// <summary>The battery for a post whose typing is counted in <paramref name="unit"/>: a Chinese post's typing
    /// pass mark is in characters per minute.</summary>
    public static IReadOnlyList<BatteryTestSettings> For(PostType postType, Typing.TypingUnit unit) => unit == Typing.TypingUnit.Words
        ? For(postType)
        : [.. For(postType).Select(t => t.Kind == TestKind.Typing
            ? t with { PassMark = postType == PostType.TechSupport ? ChineseTechSupportTypingPassMark : ChineseTypingPassMark }
            : t)];

    public static IReadOnlyList<BatteryTestSettings> For(PostType postType) => postType switch
    {
        PostType.Inbound =>
        [
            new(TestKind.Sjt, 25, 60, 0.35), new(TestKind.Typing, 2, 30, 0.2),
            new(TestKind.Reading, 15, 65, 0.25), new(TestKind.Literacy, 20, 60, 0.2),
        ],
        PostType.Outbound =>
        [
            new(TestKind.Sjt, 25, 60, 0.5), new(TestKind.Typing, 2, 25, 0.15),
            new(TestKind.Reading, 15, 60, 0.15), new(TestKind.Literacy, 20, 55, 0.2),
        ],
        PostType.TechSupport =>
        [
            new(TestKind.Sjt, 25, 60, 0.25), new(TestKind.Typing, 2, 40, 0.25),
            new(TestKind.Reading, 15, 65, 0.2), new(TestKind.Literacy, 20, 70, 0.3),
        ],
        PostType.TeamLeader =>
        [
            new(TestKind.Sjt, 30, 70, 0.5), new(TestKind.Reading, 15, 70, 0.25), new(TestKind.Literacy, 20, 65, 0.25),
        ],
        _ =>
        [
            new(TestKind.Sjt, 25, 60, 0.4), new(TestKind.Typing, 2, 30, 0.2),
            new(TestKind.Reading, 15, 60, 0.2), new(TestKind.Literacy, 20, 60, 0.2),
        ],
    };
}

namespace Hiring.Core.Assessments.Choice;

/// <summary>How a task field's final value is compared with the expected one (seed's <c>match</c>).</summary>
public enum MatchRule
{
    /// <summary>Character for character.</summary>
    Exact,
    /// <summary>Ignoring case and surrounding spaces.</summary>
    Casefold,
    /// <summary>Only the digits count: "020 7946 0018" matches "02079460018".</summary>
    Digits,
    /// <summary>Ignoring surrounding spaces.</summary>
    Trimmed,
}

/// <summary>A task field: its key, its rule and the value the page shows before the candidate acts.</summary>
public sealed record TaskField(string Name, string Expected, MatchRule Match, string Initial = "");

/// <summary>
/// Interactive literacy tasks are scored by their final state, but only for what the candidate
/// changed toward the goal: a field that starts right (a "fix" task's correct values) earns nothing,
/// so an untouched task scores 0; breaking such a field costs a point. How the candidate got there
/// does not matter.
/// </summary>
public static class TaskScore
{
    public static MatchRule ParseRule(string? rule) => rule?.Trim().ToLowerInvariant() switch
    {
        "exact" => MatchRule.Exact,
        "casefold" => MatchRule.Casefold,
        "digits" => MatchRule.Digits,
        "trimmed" or null or "" => MatchRule.Trimmed,
        _ => throw new ArgumentException($"Unknown match rule '{rule}' (exact | casefold | digits | trimmed)", nameof(rule)),
    };

    public static bool Matches(MatchRule rule, string expected, string? actual)
    {
        actual ??= "";
        return rule switch
        {
            MatchRule.Exact => string.Equals(expected, actual, StringComparison.Ordinal),
            MatchRule.Casefold => string.Equals(expected.Trim(), actual.Trim(), StringComparison.OrdinalIgnoreCase),
            MatchRule.Digits => Digits(expected) == Digits(actual),
            MatchRule.Trimmed => string.Equals(expected.Trim(), actual.Trim(), StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>The points a task offers: its fields that do not start right.</summary>
    public static int Max(IReadOnlyList<TaskField> fields) => fields.Count(f => !StartsRight(f));

    /// <summary>
    /// Points for a task: fields put right minus fields that started right and were broken, never below 0.
    /// A field missing from the final state holds its initial value.
    /// </summary>
    public static int Points(IReadOnlyList<TaskField> fields, IReadOnlyDictionary<string, string> finalState)
    {
        int Right(TaskField f) => Matches(f.Match, f.Expected, finalState.GetValueOrDefault(f.Name) ?? f.Initial) ? 1 : 0;
        return Math.Max(0, fields.Sum(f => StartsRight(f) ? Right(f) - 1 : Right(f)));
    }

    private static bool StartsRight(TaskField f) => Matches(f.Match, f.Expected, f.Initial);

    private static string Digits(string s) => new([.. s.Where(char.IsAsciiDigit)]);
}

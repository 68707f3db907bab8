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

public sealed record TaskField(string Name, string Expected, MatchRule Match);

/// <summary>
/// Interactive literacy tasks are scored by their final state: one point per field whose value
/// matches the expected one under the field's rule. How the candidate got there does not matter.
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

    /// <summary>Points for a task: the number of fields matching. Missing fields score nothing.</summary>
    public static int Points(IReadOnlyList<TaskField> fields, IReadOnlyDictionary<string, string> finalState) =>
        fields.Count(f => Matches(f.Match, f.Expected, finalState.GetValueOrDefault(f.Name)));

    private static string Digits(string s) => new([.. s.Where(char.IsAsciiDigit)]);
}

using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

/// <summary>Fixed keystroke scripts for tests: no randomness, every time written down.</summary>
internal static class KeyScript
{
    /// <summary>The keys pressed one after another, 150 ms apart, held 80 ms, all trusted.</summary>
    public static List<Keystroke> Press(params string[] keys) =>
        keys.Select((key, i) => new Keystroke(i * 150L, key, 80, true)).ToList();

    /// <summary>Character keys ("a") separated by the given intervals: n intervals make n + 1 keys.</summary>
    public static List<Keystroke> WithIntervals(IReadOnlyList<int> intervalsMs, Func<int, int?> holdOfKey)
    {
        var keys = new List<Keystroke> { new(0, "a", holdOfKey(0), true) };
        long at = 0;
        for (int i = 0; i < intervalsMs.Count; i++)
        {
            at += intervalsMs[i];
            keys.Add(new Keystroke(at, "a", holdOfKey(i + 1), true));
        }
        return keys;
    }

    /// <summary>counts[s] presses spread evenly over second s, then one last press at the end of the
    /// last second (it opens a partial second, which consistency drops).</summary>
    public static List<Keystroke> PerSecond(params int[] counts)
    {
        var keys = new List<Keystroke>();
        for (int second = 0; second < counts.Length; second++)
            for (int i = 0; i < counts[second]; i++)
                keys.Add(new Keystroke(second * 1000L + i * 1000L / counts[second], "a", 80, true));
        keys.Add(new Keystroke(counts.Length * 1000L, "a", 80, true));
        return keys;
    }
}

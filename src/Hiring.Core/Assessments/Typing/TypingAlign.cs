namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Aligns the typed text against the passage prefix the candidate reached (edit distance with
/// backtrace). Candidates rarely finish the passage, so the untyped remainder is not an error:
/// every prefix passage[0..k] is tried and the cheapest wins. One skipped letter therefore costs one
/// omission instead of shifting the rest of the line out of step.
/// </summary>
public static class TypingAlign
{
    private const byte Diagonal = 0, Omission = 1, Insertion = 2;

    /// <summary>Memory guard: one byte per cell of typed × prefix (a 2-minute attempt needs about 2 million).
    /// The page accepting the typed text should cap its length well below this.</summary>
    public const long MaxCells = 50_000_000;

    /// <summary>Both texts are normalised first (<see cref="TypingText.Normalize"/>).
    /// Throws <see cref="ArgumentException"/> when typed × prefix exceeds <see cref="MaxCells"/>.</summary>
    public static TypingAlignment Align(string passage, string typed) =>
        AlignNormalized(TypingText.Normalize(passage), TypingText.Normalize(typed));

    internal static TypingAlignment AlignNormalized(string passage, string typed)
    {
        int m = typed.Length;
        // A prefix longer than 2m needs more than m omissions, which is dearer than calling every
        // typed character an insertion (k = 0): longer prefixes can never win, so they are not computed.
        int n = Math.Min(passage.Length, 2 * m);
        // Cost is minimised first, then matches maximised (so "abd" for "abcd" is one omission with
        // three matches, not a substitution with two). Both add up along a path, so they combine
        // into one score: cost × weight − matches, with weight larger than any match count.
        if ((long)m * n > MaxCells) throw new ArgumentException($"Typed text of {m} characters is too long to align.", nameof(typed));
        long weight = m + 1;
        var moves = new byte[m + 1, n + 1];
        var previous = new long[n + 1];
        var current = new long[n + 1];
        for (int j = 0; j <= n; j++) { previous[j] = j * weight; moves[0, j] = Omission; }
        for (int i = 1; i <= m; i++)
        {
            current[0] = i * weight;
            moves[i, 0] = Insertion;
            for (int j = 1; j <= n; j++)
            {
                long diagonal = previous[j - 1] + (typed[i - 1] == passage[j - 1] ? -1 : weight);
                long omission = current[j - 1] + weight;
                long insertion = previous[j] + weight;
                (current[j], moves[i, j]) = diagonal <= omission && diagonal <= insertion ? (diagonal, Diagonal)
                    : omission <= insertion ? (omission, Omission) : (insertion, Insertion);
            }
            (previous, current) = (current, previous);
        }
        // Among equally good prefixes take the longest: a wrong last letter is a substitution of
        // the letter the candidate was reaching for, not an extra letter.
        int reached = 0;
        for (int j = 1; j <= n; j++) if (previous[j] <= previous[reached]) reached = j;
        return Backtrace(moves, passage, typed, m, reached);
    }

    private static TypingAlignment Backtrace(byte[,] moves, string passage, string typed, int i, int j)
    {
        int matches = 0, substitutions = 0, insertions = 0, omissions = 0;
        while (i > 0 || j > 0)
        {
            switch (moves[i, j])
            {
                case Diagonal when typed[i - 1] == passage[j - 1]: matches++; i--; j--; break;
                case Diagonal: substitutions++; i--; j--; break;
                case Omission: omissions++; j--; break;
                default: insertions++; i--; break;
            }
        }
        return new TypingAlignment(matches, substitutions, insertions, omissions);
    }
}

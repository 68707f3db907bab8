namespace Hiring.Documents.Layout.Fonts;

/// <summary>
/// The font subsets of recent documents, shared across documents and threads for the process (ADR 0002).
/// A new Skia typeface for every PDF made Skia redo its glyph work each time, about half of a report's
/// drawing; reports of one family draw the same faces with nearly the same characters, so they can share
/// subsets. A face's set is rounded up to every ASCII letter and digit once it uses one, so reports that
/// differ in names, figures and notes meet on the same subset; otherwise a subset holds exactly the
/// document's code points, so a file depends on its input only, never on what was drawn before.
/// Bounded: at most <c>capacity</c> subsets and <c>maxBytes</c> of font files, the least recently used
/// evicted first; an evicted subset is disposed when the last document drawing with it returns it.
/// </summary>
internal sealed class SubsetCache(int capacity, long maxBytes)
{
    public static SubsetCache Shared { get; } = new(capacity: 64, maxBytes: 16 << 20);

    private static readonly int[] AsciiLettersAndDigits =
        [.. Enumerable.Range('0', 10), .. Enumerable.Range('A', 26), .. Enumerable.Range('a', 26)];

    private readonly object gate = new();
    private readonly Dictionary<string, LinkedListNode<FontSubset>> entries = [];
    private readonly LinkedList<FontSubset> recency = []; // most recently used first
    private long bytes;

    public int Count { get { lock (gate) return entries.Count; } }

    /// <summary>A subset of <paramref name="face"/> that draws <paramref name="codePoints"/>, to be handed
    /// back with <see cref="Return"/> once the document is written.</summary>
    public FontSubset Rent(FontFace face, IEnumerable<int> codePoints)
    {
        var set = Round(codePoints);
        var key = $"{face.Name}:{string.Join(',', set)}";
        lock (gate)
            if (TryLease(key, out var hit)) return hit;
        // Subset outside the lock: other documents go on drawing meanwhile.
        var made = FontSubset.Make(face, set, key);
        lock (gate)
        {
            if (TryLease(key, out var raced))
            {
                made.Dispose();
                return raced;
            }
            made.Leases = 1;
            entries[key] = recency.AddFirst(made);
            bytes += made.Data.Length;
            while (entries.Count > capacity || (bytes > maxBytes && entries.Count > 1)) Evict(recency.Last!);
            return made;
        }
    }

    public void Return(FontSubset subset)
    {
        lock (gate)
            if (--subset.Leases == 0 && subset.Evicted) subset.Dispose();
    }

    /// <summary>The code points a subset is made for: sorted, and with every ASCII letter and digit once one is used.</summary>
    public static int[] Round(IEnumerable<int> codePoints)
    {
        var set = new HashSet<int>(codePoints);
        if (AsciiLettersAndDigits.Any(set.Contains)) set.UnionWith(AsciiLettersAndDigits);
        var sorted = set.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private bool TryLease(string key, out FontSubset subset)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            subset = null!;
            return false;
        }
        recency.Remove(node);
        recency.AddFirst(node);
        subset = node.Value;
        subset.Leases++;
        return true;
    }

    private void Evict(LinkedListNode<FontSubset> node)
    {
        var subset = node.Value;
        recency.Remove(node);
        entries.Remove(subset.Key);
        bytes -= subset.Data.Length;
        subset.Evicted = true;
        if (subset.Leases == 0) subset.Dispose();
    }
}

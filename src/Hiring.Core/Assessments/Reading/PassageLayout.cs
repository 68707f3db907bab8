namespace Hiring.Core.Assessments.Reading;

/// <summary>One block of a reading passage as the candidate sees it.</summary>
public abstract record PassageBlock;

/// <summary>A sub-heading inside the passage ("Lost parcels", "一、退款方式和时效").</summary>
public sealed record PassageHeading(string Text) : PassageBlock;

public sealed record PassageParagraph(string Text) : PassageBlock;

/// <summary>A bulleted list: the bank writes each item on its own line starting with "- ".</summary>
public sealed record PassageList(IReadOnlyList<string> Items) : PassageBlock;

/// <summary>
/// The structure a bank passage is written in (seed/README.md): blocks apart by a blank line; a block of several lines
/// whose first line is short and does not end a sentence opens with a sub-heading; a line starting with "- " is a list
/// item; any other line is a paragraph. Policy documents are read by their headings, so the page keeps them.
/// </summary>
public static class PassageLayout
{
    public const int LongestHeading = 80;
    private const string ListMark = "- ";

    public static IReadOnlyList<PassageBlock> Parse(string text)
    {
        var blocks = new List<PassageBlock>();
        foreach (var block in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var start = 0;
            if (lines.Length > 1 && IsHeading(lines[0])) blocks.Add(new PassageHeading(lines[start++]));
            var list = new List<string>();
            foreach (var line in lines.Skip(start))
            {
                if (line.StartsWith(ListMark, StringComparison.Ordinal)) { list.Add(line[ListMark.Length..].Trim()); continue; }
                if (list.Count > 0) { blocks.Add(new PassageList(list)); list = []; }
                blocks.Add(new PassageParagraph(line));
            }
            if (list.Count > 0) blocks.Add(new PassageList(list));
        }
        return blocks;
    }

    private static bool IsHeading(string line) =>
        line.Length <= LongestHeading && !line.StartsWith(ListMark, StringComparison.Ordinal) && !EndsSentence(line[^1]);

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':' or ';' or ',' or '。' or '！' or '？' or '：' or '；' or '，' or '”' or '"';
}

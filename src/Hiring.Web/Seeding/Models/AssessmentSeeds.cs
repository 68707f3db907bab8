namespace Hiring.Web.Seeding.Models;

public sealed class SjtFile { public List<SjtItem> Items { get; set; } = []; }

public sealed class SjtItem : ISeedItem
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public List<string> PostTypes { get; set; } = [];
    public List<string> Competencies { get; set; } = [];
    public string Difficulty { get; set; } = "medium";
    public string Scenario { get; set; } = "";
    public List<SjtOption> Options { get; set; } = [];
    IReadOnlyList<string> ISeedItem.PostTypes => PostTypes;
    IReadOnlyList<string> ISeedItem.Competencies => Competencies;
}

/// <summary>An SJT response. <c>Rating</c> (1–4) and <c>Rationale</c> are the key: staff only.</summary>
public sealed class SjtOption
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public int Rating { get; set; }
    public string Rationale { get; set; } = "";
}

public sealed class TypingFile { public List<TypingPassage> Passages { get; set; } = []; }

public sealed class TypingPassage : ISeedItem
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "prose";
    public string Text { get; set; } = "";
    IReadOnlyList<string> ISeedItem.PostTypes => ["common"];
    IReadOnlyList<string> ISeedItem.Competencies => ["DET"];
}

public sealed class ReadingFile { public List<ReadingPassage> Passages { get; set; } = []; }

public sealed class ReadingPassage : ISeedItem
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public List<string> Competencies { get; set; } = [];
    public string Text { get; set; } = "";
    public List<ReadingQuestion> Questions { get; set; } = [];
    IReadOnlyList<string> ISeedItem.PostTypes => ["common"];
    IReadOnlyList<string> ISeedItem.Competencies => Competencies;
}

public sealed class ReadingQuestion
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public List<string> Competencies { get; set; } = [];
    public List<ChoiceOption> Options { get; set; } = [];
}

public sealed class LiteracyFile { public List<LiteracyItem> Items { get; set; } = []; }

public sealed class LiteracyItem : ISeedItem
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Topic { get; set; } = "";
    public List<string> Competencies { get; set; } = [];
    public string Stem { get; set; } = "";
    public List<ChoiceOption> Options { get; set; } = [];
    string ISeedItem.Title => $"{Topic}: {Stem}";
    IReadOnlyList<string> ISeedItem.PostTypes => ["common"];
    IReadOnlyList<string> ISeedItem.Competencies => Competencies;
}

public sealed class LiteracyTasksFile { public List<LiteracyTask> Tasks { get; set; } = []; }

public sealed class LiteracyTask : ISeedItem
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Competencies { get; set; } = [];
    public string Instructions { get; set; } = "";
    public string Material { get; set; } = "";
    public List<Dictionary<string, string>> Records { get; set; } = [];
    public List<TaskField> Fields { get; set; } = [];
    IReadOnlyList<string> ISeedItem.PostTypes => ["common"];
    IReadOnlyList<string> ISeedItem.Competencies => Competencies;
}

/// <summary>A field of an interactive task. <c>Expected</c> and <c>Match</c> are the key.</summary>
public sealed class TaskField
{
    public string Name { get; set; } = "";
    public string Label { get; set; } = "";
    public string Initial { get; set; } = "";
    public string Expected { get; set; } = "";
    public string Match { get; set; } = "trimmed";
}

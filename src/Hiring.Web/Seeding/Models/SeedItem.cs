namespace Hiring.Web.Seeding.Models;

/// <summary>What every bank item in seed/ has: a stable id, a version, tags.</summary>
public interface ISeedItem
{
    string Id { get; }
    int Version { get; }
    string Title { get; }
    IReadOnlyList<string> PostTypes { get; }
    IReadOnlyList<string> Competencies { get; }
}

/// <summary>A multiple-choice option (reading questions, literacy items). <c>Correct</c> is a key: never sent to candidates.</summary>
public sealed class ChoiceOption
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public bool Correct { get; set; }
}

public sealed class CompetencySeed
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
}

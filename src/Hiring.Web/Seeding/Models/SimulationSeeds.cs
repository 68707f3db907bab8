namespace Hiring.Web.Seeding.Models;

public sealed class SimulationFile { public List<SimulationScenario> Scenarios { get; set; } = []; }

/// <summary>A multitasking simulation as written in seed/simulations (see seed/README.md); <see cref="SimulationMapping"/>
/// turns it into the Core scenario the scorer reads. Field <c>Expected</c> values, task keys and <c>Urgent</c> are staff only.</summary>
public sealed class SimulationScenario : ISeedItem
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> PostTypes { get; set; } = [];
    public int LengthSeconds { get; set; }
    public string Briefing { get; set; } = "";
    public List<SimulationCallLine> Call { get; set; } = [];
    public List<SimulationChatMessage> Chat { get; set; } = [];
    public List<SimulationArticle> Articles { get; set; } = [];
    public List<TaskField> Fields { get; set; } = [];
    public List<SimulationTask> Tasks { get; set; } = [];
    IReadOnlyList<string> ISeedItem.PostTypes => PostTypes;
    /// <summary>The scenario measures what its tasks measure.</summary>
    IReadOnlyList<string> ISeedItem.Competencies => [.. Tasks.SelectMany(t => t.Competencies).Distinct().Order(StringComparer.Ordinal)];
}

public sealed class SimulationCallLine
{
    public int At { get; set; }
    public string Speaker { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class SimulationChatMessage
{
    public string Id { get; set; } = "";
    public int At { get; set; }
    public string Customer { get; set; } = "";
    public string Text { get; set; } = "";
    public bool Urgent { get; set; }
}

public sealed class SimulationArticle
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>One task of a simulation; which properties apply depends on <see cref="Kind"/> (seed/README.md).</summary>
public sealed class SimulationTask
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Competencies { get; set; } = [];
    /// <summary>reply, escalate, first: the chat message.</summary>
    public string? Message { get; set; }
    /// <summary>reply: seconds after the message arrives.</summary>
    public int? Within { get; set; }
    /// <summary>record: the fields to complete.</summary>
    public List<string> Fields { get; set; } = [];
    /// <summary>record, answer: seconds from the start (default: the end of the shift).</summary>
    public int? Due { get; set; }
    public string? Question { get; set; }
    public string? Article { get; set; }
    public string? Expected { get; set; }
    public string Match { get; set; } = "trimmed";
}

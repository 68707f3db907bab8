namespace Hiring.Web.Domain;

/// <summary>Which bank a seeded item belongs to.</summary>
public enum Bank { Sjt, Typing, Reading, Literacy, LiteracyTask, Interview, Simulation }

/// <summary>
/// One version of one item of a bank, as loaded from <c>seed/</c>. The item's full content
/// (including answer keys, which never reach a candidate) is kept as JSON; the columns beside it
/// are what queries filter on. Attempts and scorecards refer to (<see cref="Id"/>, <see cref="Version"/>).
/// </summary>
public class BankItem
{
    public required string Id { get; set; }
    public int Version { get; set; }
    public Bank Bank { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Space-separated post-type tags (inbound outbound techsupport teamleader common).</summary>
    public string PostTypes { get; set; } = "";
    /// <summary>Space-separated competency keys.</summary>
    public string Competencies { get; set; } = "";
    public required string Content { get; set; }
    public required string ContentHash { get; set; }
    public string SourceFile { get; set; } = "";
    /// <summary>The item's language (a <see cref="Localization.Cultures"/> name): items in different languages are different
    /// items, with their own ids and statistics; a post draws only items in its own language.</summary>
    public string Language { get; set; } = Localization.Cultures.English;
    /// <summary>False once a newer version exists or the item left the seed files.</summary>
    public bool IsCurrent { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
}

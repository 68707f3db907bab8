namespace Hiring.Web.Domain;

/// <summary>One of the 16 contact-centre competencies, loaded from <c>seed/competencies.yaml</c>.</summary>
public class Competency
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
}

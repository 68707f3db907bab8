namespace Hiring.Web.Seeding.Models;

/// <summary>
/// A published-style default norm table (<c>seed/&lt;culture&gt;/norms/typing.yaml</c>): what a language's typing percentiles are
/// read off until a post type has enough attempts of its own. <c>Bands</c> maps a percentile to its score in the test's unit;
/// the file's comments say how the table was made.
/// </summary>
public sealed class NormFile
{
    public string Test { get; set; } = "";
    public string Unit { get; set; } = "";
    public Dictionary<int, double> Bands { get; set; } = [];
}

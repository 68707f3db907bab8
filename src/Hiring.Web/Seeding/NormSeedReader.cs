using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Seeding;

/// <summary>Reads and checks a language's published-style default typing norm, <c>seed/&lt;culture&gt;/norms/typing.yaml</c>.</summary>
public static class NormSeedReader
{
    /// <summary>The file of <paramref name="language"/>'s default typing norm under <paramref name="seedFolder"/>.</summary>
    public static string TypingFile(string seedFolder, string language) => Path.Combine(seedFolder, language, "norms", "typing.yaml");

    /// <summary>The language's default typing norm, or null when it has none; a malformed file throws <see cref="SeedFileException"/>.</summary>
    public static NormFile? Typing(SeedFileReader reader, string seedFolder, string language)
    {
        var file = TypingFile(seedFolder, language);
        return File.Exists(file) ? reader.Read<NormFile>(file, Check) : null;
    }

    private static void Check(NormFile norm, SeedProblems p)
    {
        p.Require(norm.Test == "typing", $"test must be 'typing', found '{norm.Test}'", "test");
        p.Require(!string.IsNullOrWhiteSpace(norm.Unit), "unit is missing", "unit");
        foreach (var percentile in norm.Bands.Keys.Where(k => k is < 1 or > 99))
            p.Add($"percentile {percentile} is outside 1–99", "bands");
        foreach (var needed in new[] { 25, 50, 75 }.Where(k => !norm.Bands.ContainsKey(k)))
            p.Add($"the {needed}th percentile is missing (the middle half and the median are read off it)", "bands");
        var ordered = norm.Bands.OrderBy(b => b.Key).ToList();
        for (var i = 1; i < ordered.Count; i++)
            p.Require(ordered[i].Value > ordered[i - 1].Value, $"the score at percentile {ordered[i].Key} must be above the one at {ordered[i - 1].Key}", "bands");
        p.Require(ordered.Count == 0 || ordered[0].Value >= 0, "scores cannot be negative", "bands");
    }
}

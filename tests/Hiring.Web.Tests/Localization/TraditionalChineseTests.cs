using System.Xml.Linq;

namespace Hiring.Web.Tests.Localization;

/// <summary>
/// Traditional Chinese is made from the Simplified resources and mails by tools/zh-Hant/make.py: every zh-Hans file has
/// its zh-Hant sibling with the same keys, so a sentence added in Simplified and not converted fails here instead of
/// showing English to a Traditional reader.
/// </summary>
public class TraditionalChineseTests
{
    private static readonly string Root = TranslationCompletenessTests.FindRoot();

    public static TheoryData<string> SimplifiedResources()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.zh-Hans.resx", SearchOption.AllDirectories).Order())
            if (!file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                files.Add(Path.GetRelativePath(Root, file));
        return files;
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    [Theory]
    [MemberData(nameof(SimplifiedResources))]
    public void Each_simplified_resource_has_its_traditional_sibling_with_the_same_keys(string simplified)
    {
        var traditional = Path.Combine(Root, simplified.Replace(".zh-Hans.resx", ".zh-Hant.resx"));
        Assert.True(File.Exists(traditional), $"{simplified} has no zh-Hant sibling: run python3 tools/zh-Hant/make.py");
        var (hans, hant) = (Entries(Path.Combine(Root, simplified)), Entries(traditional));
        Assert.True(hans.Keys.ToHashSet().SetEquals(hant.Keys), $"{simplified}: keys differ from zh-Hant; run python3 tools/zh-Hant/make.py");
        Assert.All(hant, e => Assert.False(string.IsNullOrWhiteSpace(e.Value) && !string.IsNullOrWhiteSpace(hans[e.Key]), $"{e.Key} is empty in zh-Hant"));
    }

    [Theory]
    [MemberData(nameof(SimplifiedResources))]
    public void No_two_keys_of_a_resource_differ_only_in_case(string simplified)
    {
        // The resource compiler treats them as one and drops the second with only a warning: that sentence would show in English.
        var clashes = XDocument.Load(Path.Combine(Root, simplified)).Root!.Elements("data").Select(d => d.Attribute("name")!.Value)
            .GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, $"{simplified}: keys that differ only in case: " + string.Join("; ", clashes));
    }

    [Fact]
    public void The_traditional_files_are_converted_not_copied()
    {
        var hant = Entries(Path.Combine(Root, "src/Hiring.Web/Resources/Localization/DisplayNames.zh-Hant.resx"));
        Assert.Equal("班組長", hant["PostType.TeamLeader"]);
    }

    [Fact]
    public void Each_simplified_mail_has_its_traditional_version()
    {
        var hans = Directory.EnumerateFiles(Path.Combine(Root, "seed/mail/zh-Hans"), "*.liquid").Select(Path.GetFileName).Order();
        var hant = Directory.EnumerateFiles(Path.Combine(Root, "seed/mail/zh-Hant"), "*.liquid").Select(Path.GetFileName).Order();
        Assert.Equal(hans, hant);
    }
}

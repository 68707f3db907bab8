using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hiring.Web.Tests.Localization;

/// <summary>
/// Every English sentence a view hands to its localizer has a Chinese entry in the view's own resource
/// file, and every entry there is still used: an edited English key (the key is the text) would otherwise
/// fall back to English in silence, and a stale translation would linger.
/// </summary>
public partial class TranslationCompletenessTests
{
    private static readonly string Web = Path.Combine(FindRoot(), "src", "Hiring.Web");

    public static TheoryData<string> LocalizedViews()
    {
        var views = new TheoryData<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories).Order())
            if (Keys(File.ReadAllText(view)).Count > 0) views.Add(Path.GetRelativePath(Web, view));
        return views;
    }

    [Theory]
    [MemberData(nameof(LocalizedViews))]
    public void Each_localized_sentence_of_a_view_has_its_Chinese_and_no_entry_is_stale(string view)
    {
        var markup = File.ReadAllText(Path.Combine(Web, view));
        var used = Keys(markup);
        var resource = Path.Combine(Web, "Resources", Path.ChangeExtension(view, null) + ".zh-Hans.resx");
        Assert.True(File.Exists(resource), $"{view} uses its localizer but has no {Path.GetRelativePath(Web, resource)}");
        var entries = XDocument.Load(resource).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        var untranslated = used.Except(entries).ToList();
        Assert.True(untranslated.Count == 0, $"{view}: no Chinese for: " + string.Join(" | ", untranslated));
        // A view that also localizes sentences it is handed (the status page, the layout's flash messages) keeps those too.
        var stale = markup.Contains("Localizer.GetString(") ? [] : entries.Except(used).ToList();
        Assert.True(stale.Count == 0, $"{view}: entries no sentence uses: " + string.Join(" | ", stale));
    }

    [Fact]
    public void The_walk_finds_the_converted_views() => Assert.True(LocalizedViews().Count >= 40);

    /// <summary>The literal keys of <c>Localizer["…"]</c> in a view (dynamic keys, such as a page model's sentence, are not counted).</summary>
    private static HashSet<string> Keys(string markup) =>
        LiteralKey().Matches(markup).Select(m => m.Groups[1].Value.Replace("\\\"", "\"")).ToHashSet();

    [GeneratedRegex(@"Localizer\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LiteralKey();

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hiring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find Hiring.sln above " + AppContext.BaseDirectory);
    }
}

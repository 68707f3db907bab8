using Hiring.Web.Seeding;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Seeding;

/// <summary>The practice rounds in seed/practice/ are checked at start-up like the banks, by the banks' rules, with a practice round's sizes.</summary>
public class PracticeSeedTests
{
    [Theory]
    [InlineData("simulation.yaml", "length_seconds: 120", "length_seconds: 300", "scenarios[0].length_seconds", "length_seconds must be 60-180 (a practice shift of 1 to 3 minutes)")]
    [InlineData("sjt.yaml", "rating: 4", "rating: 3", "items[0].options", "option ratings must be 1, 2, 3 and 4")]
    [InlineData("typing.yaml", "Caller: Sam Reed", "Caller: Sam Reeď", "passages[0].text", "cannot be typed directly on a UK keyboard")]
    public void A_broken_practice_file_stops_start_up_naming_the_file_the_path_and_the_problem(string file, string from, string to, string path, string problem)
    {
        var folder = CopyOfSeed();
        var practice = Path.Combine(folder, "practice", file);
        File.WriteAllText(practice, File.ReadAllText(practice).Replace(from, to));
        var ex = Assert.Throws<SeedFileException>(() => SeedCatalogReader.Read(folder, folder));
        Assert.Equal(($"practice/{file}", path), (ex.File, ex.PathInFile));
        Assert.Contains(problem, ex.Problem);
    }

    [Fact]
    public void The_practice_rounds_never_become_bank_items()
    {
        var folder = CopyOfSeed();
        var catalog = SeedCatalogReader.Read(folder, folder);
        var practice = PracticeSeedReader.Read(folder, folder);
        Assert.Equal(10, practice.Count); // five test kinds in English and in Chinese
        Assert.DoesNotContain(catalog.Items, e => e.Item.Id.StartsWith("PR-", StringComparison.Ordinal) || e.SourceFile.Contains("/practice/"));
    }

    private static string CopyOfSeed()
    {
        var folder = TestEnvironment.NewTempFolder("seed");
        var seed = Path.Combine(TestEnvironment.RepositoryRoot, "seed");
        foreach (var file in Directory.GetFiles(seed, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(seed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return folder;
    }
}

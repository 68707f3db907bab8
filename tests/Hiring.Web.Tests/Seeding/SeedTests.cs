using Hiring.Web.Data;
using Hiring.Web.Infrastructure;
using Hiring.Web.Seeding;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Tests.Seeding;

public abstract class SeedTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string Typing = """
        passages:
          - id: TYP-T1
            version: 1
            title: Call notes
            kind: call-notes
            text: Customer called about order 55-1234.
          - id: TYP-T2
            version: 1
            title: Address
            kind: address
            text: 14 Rue de la Paix, 75002 Paris.
        """;

    [Fact]
    public async Task Loading_the_real_seed_twice_changes_nothing_the_second_time()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<SeedLoader>();
        await loader.LoadAsync(); // other tests of this class load their own folders into the same database
        var second = await loader.LoadAsync();
        Assert.Equal((0, 0, 0), (second.Added, second.Updated, second.Retired));
        var seed = Path.Combine(TestEnvironment.RepositoryRoot, "seed");
        Assert.Equal(SeedCatalogReader.Read(seed, TestEnvironment.RepositoryRoot).Items.Count, second.Unchanged);
    }

    [Fact]
    public async Task An_edited_item_updates_its_row_a_new_version_becomes_current_and_a_removed_item_is_retired()
    {
        var folder = SeedFolder(Typing);
        Assert.Equal(2, (await LoadAsync(folder)).Added);
        Assert.Equal(2, (await LoadAsync(folder)).Unchanged);

        File.WriteAllText(Path.Combine(folder, "assessments", "typing.yaml"), Typing.Replace("55-1234", "55-9999"));
        var edited = await LoadAsync(folder);
        Assert.Equal((0, 1, 1), (edited.Added, edited.Updated, edited.Unchanged));

        var v2 = Typing.Replace("55-1234", "55-9999").Replace("id: TYP-T2\n    version: 1", "id: TYP-T2\n    version: 2");
        File.WriteAllText(Path.Combine(folder, "assessments", "typing.yaml"), v2);
        var bumped = await LoadAsync(folder);
        Assert.Equal((1, 1), (bumped.Added, bumped.Retired));

        var rows = await app.WithDbAsync(db => Task.FromResult(db.BankItems.Where(i => i.Id.StartsWith("TYP-T")).OrderBy(i => i.Id).ThenBy(i => i.Version)
            .Select(i => new { i.Id, i.Version, i.IsCurrent, i.Content }).ToList()));
        Assert.Contains("55-9999", rows[0].Content);
        Assert.Equal([("TYP-T1", 1, true), ("TYP-T2", 1, false), ("TYP-T2", 2, true)], rows.Select(r => (r.Id, r.Version, r.IsCurrent)));
    }

    [Fact]
    public async Task Start_up_does_not_read_unchanged_seed_files_again_and_reads_them_once_one_changes()
    {
        var folder = SeedFolder(Typing.Replace("TYP-T", "TYP-S"));   // ids of its own: the class's tests share one database
        await StartUpLoadAsync(folder);
        // A row that no longer matches its file: a load that read the files would put it right.
        await app.WithDbAsync(db => db.BankItems.Where(i => i.Id == "TYP-S1").ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, "Left alone").SetProperty(i => i.ContentHash, "stale")));

        await StartUpLoadAsync(folder);
        Assert.Equal("Left alone", await TitleAsync("TYP-S1"));

        File.WriteAllText(Path.Combine(folder, "assessments", "typing.yaml"), Typing.Replace("TYP-T", "TYP-S").Replace("55-1234", "55-4321"));
        await StartUpLoadAsync(folder);
        Assert.Equal("Call notes", await TitleAsync("TYP-S1"));
    }

    private Task<string> TitleAsync(string id) => app.WithDbAsync(db => db.BankItems.Where(i => i.Id == id).Select(i => i.Title).SingleAsync());

    [Fact]
    public async Task Banks_under_a_language_folder_load_as_that_languages_items_and_ids_stay_unique_across_languages()
    {
        var folder = SeedFolder(Typing.Replace("TYP-T", "TYP-L"));   // ids of its own: the class's tests share one database
        var chinese = Path.Combine(folder, "zh-Hans", "assessments");
        Directory.CreateDirectory(chinese);
        File.WriteAllText(Path.Combine(chinese, "typing.yaml"), """
            passages:
              - id: TYP-ZH-T1
                version: 1
                title: 来电记录
                kind: call-notes
                text: 客户王丽来电，订单号 2024061888，快递还没有送到。
            """);

        Assert.Equal(3, (await LoadAsync(folder)).Added);
        var languages = await app.WithDbAsync(db => db.BankItems.Where(i => i.Id == "TYP-L1" || i.Id == "TYP-ZH-T1").ToDictionaryAsync(i => i.Id, i => i.Language));
        Assert.Equal("zh-Hans", languages["TYP-ZH-T1"]);
        Assert.Equal("en", languages["TYP-L1"]);

        File.WriteAllText(Path.Combine(chinese, "typing.yaml"), File.ReadAllText(Path.Combine(chinese, "typing.yaml")).Replace("TYP-ZH-T1", "TYP-L1"));
        var ex = Assert.Throws<SeedFileException>(() => SeedCatalogReader.Read(folder, folder));
        Assert.Equal("zh-Hans/assessments/typing.yaml", ex.File);
    }

    [Fact]
    public void An_english_typing_passage_with_a_letter_a_UK_keyboard_cannot_type_is_refused_with_its_line()
    {
        var folder = SeedFolder(Typing.Replace("Customer called", "Hana Kovač called"));
        var ex = Assert.Throws<SeedFileException>(() => SeedCatalogReader.Read(folder, folder));
        Assert.Equal("assessments/typing.yaml", ex.File);
        Assert.Equal("passages[0].text", ex.PathInFile);
        Assert.Equal(6, ex.Line);
        Assert.Contains("'č' (U+010D)", ex.Message);
        Assert.Contains("UK keyboard", ex.Message);
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_file_and_line()
    {
        var folder = SeedFolder("passages:\n  - id: TYP-1\n    version: 1\n    text: [unclosed\n");
        var ex = Assert.Throws<SeedFileException>(() => SeedCatalogReader.Read(folder, folder));
        Assert.Equal("assessments/typing.yaml", ex.File);
        Assert.NotNull(ex.Line);
        Assert.Contains("assessments/typing.yaml, line", ex.Message);
    }

    [Fact]
    public void A_broken_rule_names_the_file_the_line_the_path_and_the_problem()
    {
        var sjt = """
            items:
              - id: SJT-X
                version: 1
                title: Test
                post_types: [inbound]
                competencies: [ANG]
                scenario: A caller is angry.
                options:
                  - { id: A, text: One, rating: 4 }
                  - { id: B, text: Two, rating: 4 }
                  - { id: C, text: Three, rating: 2 }
                  - { id: D, text: Four, rating: 1 }
            """;
        var folder = SeedFolder(Typing, ("sjt-test.yaml", sjt));
        var ex = Assert.Throws<SeedFileException>(() => SeedCatalogReader.Read(folder, folder));
        Assert.Equal("assessments/sjt-test.yaml", ex.File);
        Assert.Equal("items[0].options", ex.PathInFile);
        Assert.Equal(9, ex.Line);
        Assert.Contains("ratings must be 1, 2, 3 and 4", ex.Message);
    }

    [Fact]
    public void An_unknown_field_is_reported_with_its_line()
    {
        var folder = SeedFolder(Typing.Replace("    kind: address", "    kindd: address"));
        var ex = Assert.Throws<SeedFileException>(() => SeedCatalogReader.Read(folder, folder));
        Assert.Equal(10, ex.Line);
        Assert.Contains("kindd", ex.Message);
    }

    [Fact]
    public async Task A_malformed_seed_file_stops_start_up_with_the_message()
    {
        var folder = SeedFolder("passages:\n  - id: TYP-1\n    version: zero\n");
        await using var broken = new CustomSeedApp(folder);
        var ex = await Assert.ThrowsAnyAsync<Exception>(broken.InitializeAsync);
        var seedError = ex as SeedFileException ?? ex.InnerException as SeedFileException ?? throw ex;
        Assert.Contains("typing.yaml", seedError.Message);
        Assert.Equal(3, seedError.Line);
    }

    private async Task<SeedResult> LoadAsync(string folder)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await Loader(scope, folder).LoadAsync();
    }

    private async Task StartUpLoadAsync(string folder)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await Loader(scope, folder).LoadIfEnabledAsync();
    }

    private static SeedLoader Loader(AsyncServiceScope scope, string folder) =>
        new(scope.ServiceProvider.GetRequiredService<HiringDbContext>(), scope.ServiceProvider.GetRequiredService<HiringPaths>(),
            Options.Create(new SeedingOptions { Path = folder }), TimeProvider.System, NullLogger<SeedLoader>.Instance);

    /// <summary>A seed folder of its own: the real competencies plus the given typing bank and extra assessment files.</summary>
    private static string SeedFolder(string typing, params (string Name, string Yaml)[] extra)
    {
        var folder = TestEnvironment.NewTempFolder("seed");
        Directory.CreateDirectory(Path.Combine(folder, "assessments"));
        File.Copy(Path.Combine(TestEnvironment.RepositoryRoot, "seed", "competencies.yaml"), Path.Combine(folder, "competencies.yaml"));
        File.WriteAllText(Path.Combine(folder, "assessments", "typing.yaml"), typing);
        foreach (var (name, yaml) in extra) File.WriteAllText(Path.Combine(folder, "assessments", name), yaml);
        return folder;
    }

    private sealed class CustomSeedApp(string seedFolder) : SqliteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seeding:Path"] = seedFolder, ["Demo:Enabled"] = "false" };
    }
}

public class SeedTests_Sqlite(SqliteApp app) : SeedTests<SqliteApp>(app);
public class SeedTests_Postgres(PostgresApp app) : SeedTests<PostgresApp>(app);

using Hiring.Web.Data;
using Hiring.Web.Data.CompiledModels.Postgres;
using Hiring.Web.Data.CompiledModels.Sqlite;
using Hiring.Web.Data.Providers;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hiring.Web.Tests.Data;

/// <summary>
/// The app runs on compiled models (Data/CompiledModels). A compiled model is a snapshot of OnModelCreating: after a change
/// to an entity or a configuration it goes stale silently, and EF then maps with the old model. These tests build the model
/// from OnModelCreating as the app did before it had compiled models, and fail where the two differ.
/// </summary>
public class CompiledModelTests
{
    private const string Regenerate = "The compiled model is stale: run `bash tools/compiled-models.sh` and commit src/Hiring.Web/Data/CompiledModels.";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Compiled_model_matches_the_model_OnModelCreating_builds(DatabaseProvider provider)
    {
        using var db = Context(provider);
        // db.Model is the compiled model (UseModel, as in the app); the model source builds one afresh from OnModelCreating.
        var built = db.GetService<IModelSource>().GetModel(db, db.GetService<ModelCreationDependencies>(), designTime: false);
        var compiled = db.Model;
        Assert.IsType(CompiledModelType(provider), compiled);
        Assert.IsNotType(CompiledModelType(provider), built);

        var expected = Describe(built);
        var actual = Describe(compiled);
        var at = Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
            .FirstOrDefault(i => i >= expected.Count || i >= actual.Count || expected[i] != actual[i], -1);
        Assert.True(at < 0, at < 0 ? "" : $"""
            {Regenerate}
            First difference at line {at}, in {Owner(expected, at)}. OnModelCreating builds:
            {Window(expected, at)}
            The compiled model has:
            {Window(actual, at)}
            """);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Compiled_model_keeps_the_retired_test_filter_and_the_utc_converter(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var compiled = db.Model;
        var battery = compiled.FindEntityType(typeof(Web.Domain.BatteryTest))!;
        Assert.Equal("t => Not(t.Retired)", Assert.Single(battery.GetDeclaredQueryFilters()).Expression!.ToString());
        var applied = compiled.FindEntityType(typeof(Web.Domain.Application))!.FindProperty(nameof(Web.Domain.Application.AppliedAt))!;
        Assert.IsType<UtcDateTimeConverter>(applied.GetTypeMapping().Converter);
    }

    private static Type CompiledModelType(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? typeof(SqliteHiringDbContextModel) : typeof(PostgresHiringDbContextModel);

    /// <summary>A context on the compiled model, as the app makes it (DatabaseRegistration); it never connects.</summary>
    private static HiringDbContext Context(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? new SqliteHiringDbContext(new DbContextOptionsBuilder<SqliteHiringDbContext>()
            .UseModel(SqliteHiringDbContextModel.Instance).UseSqlite("Data Source=:memory:").Options)
        : new PostgresHiringDbContext(new DbContextOptionsBuilder<PostgresHiringDbContext>()
            .UseModel(PostgresHiringDbContextModel.Instance).UseNpgsql("Host=127.0.0.1").Options);

    /// <summary>
    /// What the model says to EF at run time, one fact a line: its debug view (entity types, properties and their facets,
    /// keys, foreign keys, navigations, indexes, annotations), its tables (columns, store types, constraints), and what the
    /// debug view leaves out: each property's store type and value converter, and each query filter.
    /// </summary>
    private static List<string> Describe(IModel model)
    {
        var lines = model.ToDebugString(MetadataDebugStringOptions.LongDefault).Split('\n')
            .Concat(model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault).Split('\n'))
            .Select(l => l.TrimEnd())
            .Where(l => !DesignTimeOnly.Any(a => l.TrimStart().StartsWith(a + ":", StringComparison.Ordinal)))
            .ToList();
        // An annotations heading whose only lines were design-time ones.
        lines = lines.Where((l, i) => l.Trim() != "Annotations:" || (i + 1 < lines.Count && Indent(lines[i + 1]) > Indent(l))).ToList();
        foreach (var entity in model.GetEntityTypes())
        {
            lines.AddRange(entity.GetDeclaredQueryFilters().Select(f => $"filter {entity.Name} {f.Key}: {f.Expression}"));
            lines.AddRange(entity.GetDeclaredProperties().Select(p => $"mapping {entity.Name}.{p.Name}: {Mapping(p.GetRelationalTypeMapping())}"));
        }
        return lines;
    }

    /// <summary>Annotations read only by migrations (which work from the migrations' own models): a runtime model built from
    /// OnModelCreating keeps them, the compiled model's generator leaves them out. The trigram index is checked where
    /// migrations make it (CompiledModelAppTests_Postgres).</summary>
    private static readonly string[] DesignTimeOnly = ["Npgsql:IndexMethod", "Npgsql:IndexOperators"];

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static string Mapping(RelationalTypeMapping m) =>
        $"{m.StoreType} {m.ClrType.Name}, converter {m.Converter?.GetType().Name} to {m.Converter?.ProviderClrType.Name}, comparer {m.Comparer.Type.Name}";

    /// <summary>The entity type or table a line of the debug views belongs to.</summary>
    private static string Owner(List<string> lines, int at) =>
        at < lines.Count && (lines[at].StartsWith("mapping ") || lines[at].StartsWith("filter ")) ? "the mappings and filters"
        : lines.Take(at + 1).LastOrDefault(l => l.TrimStart().StartsWith("EntityType:") || l.TrimStart().StartsWith("Table:"))?.Trim() ?? "the model";

    private static string Window(List<string> lines, int at) =>
        string.Join('\n', lines.Skip(Math.Max(0, at - 3)).Take(8).Select(l => "    " + l));
}

/// <summary>The app itself runs on its provider's compiled model, and migrations still apply and check with it.</summary>
public abstract class CompiledModelAppTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    protected TApp App => app;

    [Fact]
    public Task App_uses_its_providers_compiled_model() => app.WithDbAsync(db =>
    {
        Assert.IsType(app.Provider == DatabaseProvider.Sqlite ? typeof(SqliteHiringDbContextModel) : typeof(PostgresHiringDbContextModel), db.Model);
        return Task.FromResult(0);
    });

    [Fact]
    public Task Migrations_applied_at_start_up_leave_nothing_pending_and_migrate_again_does_nothing() => app.WithDbAsync(async db =>
    {
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        // Migrate checks the model against the migrations' snapshot (EF throws PendingModelChangesWarning if they differ);
        // with a compiled model that check builds the design-time model from OnModelCreating.
        Assert.False(db.Database.HasPendingModelChanges());
        await db.Database.MigrateAsync();
        return 0;
    });
}

public class CompiledModelAppTests_Sqlite(SqliteApp app) : CompiledModelAppTests<SqliteApp>(app);
public class CompiledModelAppTests_Postgres(PostgresApp app) : CompiledModelAppTests<PostgresApp>(app)
{
    [Fact]
    public Task Search_key_keeps_its_trigram_index() => App.WithDbAsync(async db =>
    {
        var definition = await db.Database.SqlQueryRaw<string>(
            "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'Applications' AND indexdef LIKE '%gin_trgm_ops%'").SingleAsync();
        Assert.Contains("USING gin (\"SearchKey\" gin_trgm_ops)", definition);
        return 0;
    });
}

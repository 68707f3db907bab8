using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Seeding;

public sealed class SeedingOptions
{
    public const string Section = "Seeding";
    public bool Enabled { get; set; } = true;
    /// <summary>Folder of the seed files, relative to the app root.</summary>
    public string Path { get; set; } = "seed";
}

/// <summary>
/// Loads seed/ into the database idempotently: unchanged items are left alone, an edited item
/// updates its row, a new version becomes current, and an item that left the files is retired
/// (kept, because attempts and scorecards still refer to it).
/// </summary>
public sealed class SeedLoader(HiringDbContext db, HiringPaths paths, IOptions<SeedingOptions> options, TimeProvider clock, ILogger<SeedLoader> logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Start-up's load. Skipped when the seed files and the build reading them are those of the last load and the database
    /// still holds that load's items: reading and checking every file was most of a restart's seed time (docs/benchmarks.md,
    /// "Start-up"). The build counts because the code decides what an item's stored content is.
    /// </summary>
    public async Task LoadIfEnabledAsync(CancellationToken ct = default)
    {
        if (!options.Value.Enabled) return;
        var fingerprint = Fingerprint(paths.Resolve(options.Value.Path));
        var stored = await db.SiteSettings.AsNoTracking().Where(s => s.Key == SiteSettingKeys.SeedFingerprint).Select(s => s.Value).SingleOrDefaultAsync(ct);
        if (stored == $"{fingerprint} {await SeededItemsAsync(ct)}")
        {
            logger.LogInformation("Seed files in {Folder} unchanged since they were loaded: not read again", options.Value.Path);
            return;
        }
        var result = await LoadAsync(ct);
        logger.LogInformation("Seed loaded from {Folder}: {Added} added, {Updated} updated, {Retired} retired, {Unchanged} unchanged",
            options.Value.Path, result.Added, result.Updated, result.Retired, result.Unchanged);
        var setting = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == SiteSettingKeys.SeedFingerprint, ct)
            ?? db.SiteSettings.Add(new SiteSetting { Key = SiteSettingKeys.SeedFingerprint }).Entity;
        (setting.Value, setting.UpdatedAt) = ($"{fingerprint} {await SeededItemsAsync(ct)}", clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment stored it first; the next start reads the files once more.
            db.Entry(setting).State = EntityState.Detached;
        }
    }

    /// <summary>The current items the files own: a database emptied or restored behind the loader's back no longer matches.</summary>
    private Task<int> SeededItemsAsync(CancellationToken ct) =>
        db.BankItems.CountAsync(i => i.IsCurrent && i.SourceFile.StartsWith("seed/"), ct);

    /// <summary>SHA-256 over the build and every file under the seed folder (relative path and bytes), in a fixed order.</summary>
    private static string Fingerprint(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(SeedLoader).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\0"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public async Task<SeedResult> LoadAsync(CancellationToken ct = default)
    {
        var catalog = SeedCatalogReader.Read(paths.Resolve(options.Value.Path), paths.Root);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var competencies = await db.Competencies.ToDictionaryAsync(c => c.Key, ct);
        for (var i = 0; i < catalog.Competencies.Count; i++)
        {
            var seed = catalog.Competencies[i];
            if (!competencies.TryGetValue(seed.Key, out var row))
                db.Competencies.Add(row = new Competency { Key = seed.Key, Name = seed.Name });
            (row.Name, row.Description, row.SortOrder) = (seed.Name, seed.Description, i);
        }

        var existing = await db.BankItems.ToListAsync(ct);
        var byKey = existing.ToDictionary(i => (i.Id, i.Version));
        var result = new SeedResult();
        // An item staff edited or retired in the app belongs to the app from then on: the files no longer overwrite it.
        var appOwned = existing.Where(i => !i.SourceFile.StartsWith("seed/", StringComparison.Ordinal)).Select(i => (i.Bank, i.Id)).ToHashSet();
        foreach (var entry in catalog.Items)
        {
            if (appOwned.Contains((entry.Bank, entry.Item.Id))) { result.Unchanged++; continue; }
            var content = JsonSerializer.Serialize(entry.Item, entry.Item.GetType(), Json);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
            var current = byKey.GetValueOrDefault((entry.Item.Id, entry.Item.Version));
            if (current is null)
            {
                db.BankItems.Add(current = new BankItem { Id = entry.Item.Id, Version = entry.Item.Version, Content = content, ContentHash = hash });
                result.Added++;
            }
            else if (current.ContentHash != hash || !current.IsCurrent || current.SourceFile != entry.SourceFile || current.Language != entry.Language) result.Updated++;
            else { result.Unchanged++; continue; }

            (current.Bank, current.Title, current.Content, current.ContentHash) = (entry.Bank, Trim(entry.Item.Title, 300), content, hash);
            current.PostTypes = string.Join(' ', entry.Item.PostTypes);
            current.Competencies = string.Join(' ', entry.Item.Competencies);
            (current.SourceFile, current.IsCurrent, current.UpdatedAt, current.Language) = (entry.SourceFile, true, now, entry.Language);
        }

        var inFiles = catalog.Items.ToLookup(e => e.Item.Id, e => e.Item.Version);
        foreach (var row in existing.Where(r => r.IsCurrent && r.SourceFile.StartsWith("seed/", StringComparison.Ordinal)))
        {
            var versions = inFiles[row.Id].ToList();
            if (versions.Count == 0 || versions.Max() > row.Version)
            {
                (row.IsCurrent, row.UpdatedAt) = (false, now);
                result.Retired++;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

public sealed class SeedResult
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Retired { get; set; }
    public int Unchanged { get; set; }
}

public static class SeedingRegistration
{
    public static IServiceCollection AddHiringSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedingOptions>().Bind(configuration.GetSection(SeedingOptions.Section));
        return services.AddScoped<SeedLoader>();
    }
}

using System.Collections.Concurrent;
using Hiring.Core.Assessments.Norms;
using Hiring.Web.Infrastructure;
using Hiring.Web.Seeding;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>
/// The published-style default typing norm of a language other than English (<c>seed/&lt;culture&gt;/norms/typing.yaml</c>,
/// e.g. Chinese in 字/分钟), read once from the seed folder. English typing keeps its published normal norm
/// (<see cref="TypingNorm"/>); a language without a file has no default, and its percentiles are counted locally.
/// </summary>
public sealed class PublishedNorms(HiringPaths paths, IOptions<SeedingOptions> seeding)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<NormBand>?> _typing = new(StringComparer.Ordinal);

    /// <summary>The default typing table of <paramref name="language"/>, or null when it has none.</summary>
    public IReadOnlyList<NormBand>? Typing(string language) => _typing.GetOrAdd(language, l =>
        NormSeedReader.Typing(new SeedFileReader(paths.Root), paths.Resolve(seeding.Value.Path), l) is { } file
            ? [.. file.Bands.OrderBy(b => b.Key).Select(b => new NormBand(b.Key, b.Value))]
            : null);
}

using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Norms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Web.Analysis;

/// <summary>One stored norm table: the percentile bands of a test for a post type in one language (the posts'
/// <see cref="Domain.Post.Language"/>: their items are other items), the group size and when it was computed.
/// Rewritten as a whole by <see cref="NormRecompute"/>.</summary>
public class NormRow
{
    public int Id { get; set; }
    public TestKind Kind { get; set; }
    public PostType PostType { get; set; }
    /// <summary>The language of the posts whose attempts make the table (a <see cref="Localization.Cultures"/> name).</summary>
    public string Language { get; set; } = Localization.Cultures.English;
    public int Size { get; set; }
    /// <summary>The bands as JSON: [{ percentile, score }].</summary>
    public required string Bands { get; set; }
    public DateTime ComputedAt { get; set; }

    public IReadOnlyList<NormBand> ReadBands() => JsonSerializer.Deserialize<List<NormBand>>(Bands, JsonSerializerOptions.Web) ?? [];
}

public sealed class NormRowConfiguration : IEntityTypeConfiguration<NormRow>
{
    public void Configure(EntityTypeBuilder<NormRow> b)
    {
        b.ToTable("NormRows");
        b.HasIndex(x => new { x.Kind, x.PostType, x.Language }).IsUnique();
        b.Property(x => x.Language).HasMaxLength(16);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.PostType).HasMaxLength(20);
        b.Property(x => x.Bands).HasMaxLength(2000);
    }
}

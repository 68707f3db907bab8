using Hiring.Documents.Layout.Fonts;

namespace Hiring.Documents.Tests.Layout;

/// <summary>A subset keeps the glyph runs (Skia text blobs) documents draw with it: made once, shared, bounded.</summary>
public class TextBlobTests
{
    private static readonly FontFace Regular = FontCatalog.For(FontStyle.Regular);

    private static FontSubset Subset(string text) =>
        FontSubset.Make(Regular, SubsetCache.Round(text.EnumerateRunes().Select(r => r.Value)), "test");

    [Fact]
    public void A_run_is_turned_into_glyphs_once_per_size_and_drawn_as_skia_would_draw_the_string()
    {
        using var subset = Subset("Calm under pressure");

        var blob = subset.Blob("Calm under pressure", 9.5f);

        Assert.NotNull(blob);
        Assert.Same(blob, subset.Blob("Calm under pressure", 9.5f));
        Assert.NotSame(blob, subset.Blob("Calm under pressure", 12f));
        using var fresh = SkiaSharp.SKTextBlob.Create("Calm under pressure", subset.Font(9.5f))!;
        Assert.Equal(fresh.Bounds, blob.Bounds);
        Assert.Null(subset.Blob("", 9.5f));
    }

    [Fact]
    public void A_full_set_of_blobs_starts_again_and_goes_on_drawing()
    {
        using var subset = Subset("Score 0123456789");
        var first = subset.Blob("Score 0", 9.5f);

        for (var i = 1; i <= FontSubset.BlobCapacity; i++) subset.Blob($"Score {i}", 9.5f);

        Assert.InRange(subset.BlobCount, 1, FontSubset.BlobCapacity);
        var again = subset.Blob("Score 0", 9.5f);
        Assert.NotSame(first, again);
        Assert.Equal(first!.Bounds, again!.Bounds);
    }

    [Fact]
    public void Disposing_a_subset_disposes_its_blobs()
    {
        var subset = Subset("Empathy");
        var blob = subset.Blob("Empathy", 9.5f)!;

        subset.Dispose();

        Assert.Equal(IntPtr.Zero, blob.Handle);
    }
}

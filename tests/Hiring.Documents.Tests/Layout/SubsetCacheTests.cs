using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using Hiring.Documents.Layout.Fonts;
using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests.Layout;

/// <summary>Font subsets shared between documents: reused when they fit, made anew when not, bounded, safe in parallel.</summary>
public class SubsetCacheTests
{
    private static readonly FontFace Regular = FontCatalog.For(FontStyle.Regular);

    private static IEnumerable<int> CodePoints(string text) => text.EnumerateRunes().Select(r => r.Value);

    private static FontSubset RentAndReturn(SubsetCache cache, string text)
    {
        var subset = cache.Rent(Regular, CodePoints(text));
        cache.Return(subset);
        return subset;
    }

    [Fact]
    public void The_same_characters_reuse_one_subset()
    {
        var cache = new SubsetCache(capacity: 8, maxBytes: 1 << 20);

        var first = RentAndReturn(cache, "Candidate report");
        var second = RentAndReturn(cache, "Candidate report");

        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
        Assert.False(second.IsDisposed);
    }

    [Fact]
    public void Texts_differing_only_in_ascii_letters_and_digits_share_a_subset_that_draws_them_all()
    {
        var cache = new SubsetCache(capacity: 8, maxBytes: 1 << 20);

        var noah = RentAndReturn(cache, "Noah Fischer 12");
        var priya = RentAndReturn(cache, "Priya Raman 7");

        Assert.Same(noah, priya);
        Assert.All("AZaz09qQ", c => Assert.True(priya.Typeface.ContainsGlyph(c), $"{c}"));
    }

    [Fact]
    public void A_new_character_gets_its_own_subset_that_draws_it()
    {
        var cache = new SubsetCache(capacity: 8, maxBytes: 1 << 20);

        var plain = RentAndReturn(cache, "Salary 30000");
        var euro = RentAndReturn(cache, "Salary €30000");

        Assert.NotSame(plain, euro);
        Assert.True(euro.Typeface.ContainsGlyph('€'));
        Assert.False(plain.Typeface.ContainsGlyph('€'));
        Assert.False(euro.Typeface.ContainsGlyph('£'));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void The_cache_keeps_at_most_its_capacity_and_disposes_what_it_evicts()
    {
        var cache = new SubsetCache(capacity: 2, maxBytes: 1 << 20);

        var euro = RentAndReturn(cache, "a €");
        var pound = RentAndReturn(cache, "a £");
        var yen = RentAndReturn(cache, "a ¥");

        Assert.Equal(2, cache.Count);
        Assert.True(euro.IsDisposed);
        Assert.False(pound.IsDisposed);
        Assert.False(yen.IsDisposed);
        Assert.NotSame(euro, RentAndReturn(cache, "a €"));
    }

    [Fact]
    public void The_cache_keeps_its_font_files_under_its_byte_budget_but_always_the_newest()
    {
        var cache = new SubsetCache(capacity: 8, maxBytes: 1);

        RentAndReturn(cache, "a €");
        var pound = RentAndReturn(cache, "a £");

        Assert.Equal(1, cache.Count);
        Assert.Same(pound, RentAndReturn(cache, "a £"));
    }

    [Fact]
    public void A_subset_evicted_while_a_document_draws_with_it_stays_usable_until_returned()
    {
        var cache = new SubsetCache(capacity: 1, maxBytes: 1 << 20);

        var drawing = cache.Rent(Regular, CodePoints("a €"));
        RentAndReturn(cache, "a £");

        Assert.False(drawing.IsDisposed);
        Assert.True(drawing.Typeface.ContainsGlyph('€'));
        cache.Return(drawing);
        Assert.True(drawing.IsDisposed);
    }

    [Fact]
    public void Documents_drawing_in_parallel_get_live_subsets_that_draw_their_characters()
    {
        var cache = new SubsetCache(capacity: 3, maxBytes: 1 << 20);
        string[] texts = ["a €", "a £", "a ¥", "a ©", "a §", "a ¶"];
        var handedOut = new ConcurrentDictionary<FontSubset, byte>();

        Parallel.For(0, 600, i =>
        {
            var text = texts[i % texts.Length];
            var subset = cache.Rent(Regular, CodePoints(text));
            handedOut.TryAdd(subset, 0);
            Assert.False(subset.IsDisposed);
            Assert.True(subset.Typeface.ContainsGlyph(text[^1]));
            cache.Return(subset);
        });

        Assert.True(cache.Count <= 3);
        Assert.Equal(cache.Count, handedOut.Keys.Count(s => !s.IsDisposed));
    }

    [Fact]
    public void Latin_subsets_leave_out_the_layout_tables_and_arabic_ones_keep_them()
    {
        var cache = new SubsetCache(capacity: 8, maxBytes: 1 << 20);

        var latin = RentAndReturn(cache, "Candidate report");
        var arabic = RentAndReturn(cache, "محمد العلي");

        Assert.DoesNotContain("GPOS", Tables(latin.Data));
        Assert.DoesNotContain("GSUB", Tables(latin.Data));
        Assert.Contains("GSUB", Tables(arabic.Data));
        Assert.Contains("glyf", Tables(latin.Data));
    }

    [Fact]
    public void A_report_is_the_same_file_whatever_was_drawn_before_it()
    {
        var first = CandidateReportPdf.Render(SampleReports.Full(name: "Noah Fischer"));
        var other = CandidateReportPdf.Render(SampleReports.Full(name: "Zoë Ñúñez-Øvergård 张伟"));
        var again = CandidateReportPdf.Render(SampleReports.Full(name: "Noah Fischer"));

        Assert.Equal(first, again);
        Assert.Contains("Zoë Ñúñez-Øvergård", Pdf.AllText(other));
        Assert.Contains("Noah Fischer", Pdf.AllText(again));
    }

    // The table tags of a TrueType file: its table directory follows a 12-byte header.
    private static IReadOnlyList<string> Tables(byte[] font) =>
        Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)))
            .Select(i => Encoding.ASCII.GetString(font, 12 + 16 * i, 4)).ToList();
}

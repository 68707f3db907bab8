using SkiaSharp;

namespace Hiring.Documents.Layout;

/// <summary>One page after layout: each part with its top-left corner on the page.</summary>
public sealed record LaidOutPage(IReadOnlyList<(SKPoint At, Fragment Part)> Parts);

/// <summary>
/// Fills pages: header and footer heights are reserved first, the content flows through what is
/// left, and only then are headers and footers laid out, when "page X of Y" is known.
/// </summary>
internal static class Paginator
{
    private const int MaxPages = 5000;

    public static IReadOnlyList<LaidOutPage> Paginate(Document document)
    {
        var width = document.PageSize.Width - 2 * document.Margin;
        var height = document.PageSize.Height - 2 * document.Margin;
        var bodies = new List<(Section Section, int SectionPage, float HeaderSpace, float FooterSpace, Fragment Body)>();
        foreach (var section in document.Sections)
        {
            var sample = new PageInfo(888, 888, 888, 888);
            var headerSpace = Reserve(section.Header, sample, width, height, document.Gap);
            var footerSpace = Reserve(section.Footer, sample, width, height, document.Gap);
            var bodyHeight = height - headerSpace - footerSpace;
            Element? content = section.Content;
            var sectionPage = 0;
            while (content is not null)
            {
                var result = content.Layout(width, bodyHeight, pageTop: true);
                // Nothing placed on an empty page means the same would happen on every page after it.
                if (result.Placed is null || (result.Rest is not null && result.Placed.Ops.Count == 0) || bodies.Count >= MaxPages)
                    throw new InvalidOperationException("Content does not fit on an empty page.");
                bodies.Add((section, ++sectionPage, headerSpace, footerSpace, result.Placed));
                content = result.Rest;
            }
        }

        var pages = new List<LaidOutPage>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var (section, sectionPage, headerSpace, footerSpace, body) = bodies[i];
            var sectionTotal = bodies.Count(b => b.Section == section);
            var info = new PageInfo(i + 1, bodies.Count, sectionPage, sectionTotal);
            var parts = new List<(SKPoint, Fragment)> { (new SKPoint(document.Margin, document.Margin + headerSpace), body) };
            if (section.Header?.Invoke(info) is { } header)
                parts.Add((new SKPoint(document.Margin, document.Margin), Fit(header, width, headerSpace)));
            if (section.Footer?.Invoke(info) is { } footer)
            {
                var part = Fit(footer, width, footerSpace);
                parts.Add((new SKPoint(document.Margin, document.PageSize.Height - document.Margin - part.Height), part));
            }
            pages.Add(new LaidOutPage(parts));
        }
        return pages;
    }

    private static float Reserve(Func<PageInfo, Element>? make, PageInfo sample, float width, float height, float gap) =>
        make is null ? 0 : (make(sample).Layout(width, height / 4, true).Placed?.Height ?? 0) + gap;

    private static Fragment Fit(Element element, float width, float space)
    {
        var result = element.Layout(width, space, true);
        return result is { Placed: { } placed, Rest: null }
            ? placed
            : throw new InvalidOperationException("A header or footer grew taller than the space reserved for it.");
    }
}

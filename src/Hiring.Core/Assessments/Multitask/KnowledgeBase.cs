namespace Hiring.Core.Assessments.Multitask;

/// <summary>The simulation's knowledge-base search: like an agent's tool, it finds articles holding every word typed,
/// titles first. Choosing good key words is part of what the simulation observes.</summary>
public static class KnowledgeBase
{
    public static IReadOnlyList<KbArticle> Search(IReadOnlyList<KbArticle> articles, string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        return articles
            .Select(a => (Article: a, InTitle: words.Count(w => Has(a.Title, w)), InText: words.Count(w => Has(a.Title, w) || Has(a.Text, w))))
            .Where(x => x.InText == words.Length)
            .OrderByDescending(x => x.InTitle)
            .Select(x => x.Article)
            .ToList();
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}

using Hiring.Core.Assessments.Multitask;

namespace Hiring.Core.Tests.Multitask;

public class KnowledgeBaseTests
{
    private static readonly KbArticle[] Articles =
    [
        new("KB-1", "Delivery times", "Parcels arrive in 3 working days. A late parcel can be refunded."),
        new("KB-2", "Refunds for late delivery", "A late parcel earns a 15 % refund."),
        new("KB-3", "Changing a plan", "Plans change at the next bill."),
    ];

    [Fact]
    public void Search_finds_articles_holding_every_word_with_title_matches_first() =>
        Assert.Equal(["KB-2", "KB-1"], KnowledgeBase.Search(Articles, "LATE refund").Select(a => a.Id));

    [Fact]
    public void Blank_search_finds_nothing() => Assert.Empty(KnowledgeBase.Search(Articles, "  "));
}

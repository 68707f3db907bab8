using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;

namespace Hiring.Core.Tests.Forms;

public class FormDrawerTests
{
    private static readonly string[] Abcd = ["A", "B", "C", "D"];

    private static PoolItem Sjt(string id, params string[] postTypes) => new(id, 1, postTypes, Abcd);

    private static BankPools SjtBank(int inbound, int outbound, int common) => new()
    {
        Sjt =
        [
            .. Enumerable.Range(1, inbound).Select(i => Sjt($"SJT-I{i:00}", "inbound")),
            .. Enumerable.Range(1, outbound).Select(i => Sjt($"SJT-O{i:00}", "outbound")),
            .. Enumerable.Range(1, common).Select(i => Sjt($"SJT-C{i:00}", "common")),
        ],
    };

    [Fact]
    public void The_same_seed_draws_the_same_form_whatever_order_the_bank_comes_in()
    {
        var bank = SjtBank(15, 15, 10);
        var reversed = bank with { Sjt = [.. bank.Sjt.Reverse()] };
        var first = FormDrawer.Draw(TestKind.Sjt, PostType.Inbound, 123456789, bank);
        var again = FormDrawer.Draw(TestKind.Sjt, PostType.Inbound, 123456789, reversed);
        Assert.Equal(first.Items.Select(i => (i.Id, string.Join("", i.Options))), again.Items.Select(i => (i.Id, string.Join("", i.Options))));
    }

    [Fact]
    public void Another_seed_draws_another_form()
    {
        var bank = SjtBank(15, 15, 10);
        var a = FormDrawer.Draw(TestKind.Sjt, PostType.Inbound, 1, bank);
        var b = FormDrawer.Draw(TestKind.Sjt, PostType.Inbound, 2, bank);
        Assert.NotEqual(a.Items.Select(i => i.Id + string.Join("", i.Options)), b.Items.Select(i => i.Id + string.Join("", i.Options)));
    }

    [Fact]
    public void An_sjt_form_holds_twenty_items_suited_to_the_post_with_every_option_once()
    {
        var form = FormDrawer.Draw(TestKind.Sjt, PostType.Inbound, 7, SjtBank(15, 15, 10));
        Assert.Equal(20, form.Items.Count);
        Assert.Equal(20, form.Items.Select(i => i.Id).Distinct().Count());
        Assert.DoesNotContain(form.Items, i => i.Id.StartsWith("SJT-O"));
        Assert.All(form.Items, i => Assert.Equal(Abcd, i.Options.Order()));
    }

    [Fact]
    public void A_short_bank_for_the_post_type_is_topped_up_from_the_other_items()
    {
        // 5 inbound + 3 common suit; 12 more are needed from the outbound items.
        var form = FormDrawer.Draw(TestKind.Sjt, PostType.Inbound, 7, SjtBank(5, 15, 3));
        Assert.Equal(20, form.Items.Count);
        Assert.All(form.Items.Take(8), i => Assert.DoesNotContain("SJT-O", i.Id));
        Assert.All(form.Items.Skip(8), i => Assert.StartsWith("SJT-O", i.Id));
    }

    [Fact]
    public void A_reading_form_is_two_passages_each_followed_by_its_questions()
    {
        PoolItem Passage(string id) => new(id, 3, [], [], [new($"{id}-Q1", Abcd), new($"{id}-Q2", Abcd)]);
        var form = FormDrawer.Draw(TestKind.Reading, PostType.Outbound, 99, new BankPools { Reading = [Passage("RD-1"), Passage("RD-2"), Passage("RD-3")] });
        Assert.Equal(6, form.Items.Count);
        Assert.Equal([ItemPart.Passage, ItemPart.Question, ItemPart.Question, ItemPart.Passage, ItemPart.Question, ItemPart.Question], form.Items.Select(i => i.Part));
        Assert.Equal(form.Items[0].Id, form.Items[1].Group);
        Assert.Equal(3, form.Items[2].Version);
    }

    [Fact]
    public void A_literacy_form_is_thirty_questions_then_the_tasks()
    {
        var bank = new BankPools
        {
            Literacy = [.. Enumerable.Range(1, 40).Select(i => new PoolItem($"LIT-{i:000}", 1, ["common"], Abcd))],
            LiteracyTasks = [.. Enumerable.Range(1, 3).Select(i => new PoolItem($"LIT-T{i:00}", 1, ["common"], []))],
        };
        var form = FormDrawer.Draw(TestKind.Literacy, PostType.TechSupport, 5, bank);
        Assert.Equal(33, form.Items.Count);
        Assert.All(form.Items.Take(30), i => Assert.Equal(ItemPart.Choice, i.Part));
        Assert.Equal(["LIT-T01", "LIT-T02", "LIT-T03"], form.Items.Skip(30).Select(i => i.Id).Order());
    }
}

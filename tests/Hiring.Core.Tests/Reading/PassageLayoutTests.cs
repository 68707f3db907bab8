using Hiring.Core.Assessments.Reading;

namespace Hiring.Core.Tests.Reading;

public class PassageLayoutTests
{
    [Fact]
    public void A_short_first_line_over_a_paragraph_is_a_heading_and_bullets_are_a_list()
    {
        const string text = """
            Customers may return an item within 30 days.

            Lost parcels
            A parcel is lost when the courier confirms it.

            If you cannot resolve it
            Log a complaint and explain the next steps:
            - We acknowledge it within 2 working days.
            - A case handler calls within 5 working days.
            Then close the contact.
            """;

        Assert.Equal<PassageBlock>(
        [
            new PassageParagraph("Customers may return an item within 30 days."),
            new PassageHeading("Lost parcels"),
            new PassageParagraph("A parcel is lost when the courier confirms it."),
            new PassageHeading("If you cannot resolve it"),
            new PassageParagraph("Log a complaint and explain the next steps:"),
            new PassageList(["We acknowledge it within 2 working days.", "A case handler calls within 5 working days."]),
            new PassageParagraph("Then close the contact."),
        ], PassageLayout.Parse(text), new BlockComparer());
    }

    [Theory]
    [InlineData("一、退款方式和时效\n退款原路返回，一般1至3个工作日到账。", true)]
    [InlineData("Call the customer back today.\nNote the call.", false)] // a sentence, then another: two paragraphs
    [InlineData("The customer said:\n\"I want a refund.\"", false)]
    public void A_heading_is_a_short_line_that_does_not_end_a_sentence(string block, bool heading) =>
        Assert.Equal(heading, PassageLayout.Parse(block)[0] is PassageHeading);

    [Fact]
    public void A_block_of_one_line_is_a_paragraph_however_short() =>
        Assert.IsType<PassageParagraph>(Assert.Single(PassageLayout.Parse("Limits")));

    private sealed class BlockComparer : IEqualityComparer<PassageBlock>
    {
        public bool Equals(PassageBlock? x, PassageBlock? y) => (x, y) switch
        {
            (PassageList a, PassageList b) => a.Items.SequenceEqual(b.Items),
            _ => Equals((object?)x, y),
        };

        public int GetHashCode(PassageBlock obj) => 0;
    }
}

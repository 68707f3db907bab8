using Hiring.Core.Recruiting;

namespace Hiring.Core.Tests.Recruiting;

public class NameSearchTests
{
    [Theory]
    [InlineData("Íñigo Ñúñez", "Ñúñez")]
    [InlineData("Íñigo Ñúñez", "ÑÚÑEZ")]
    [InlineData("Íñigo Ñúñez", "nunez")]
    [InlineData("Zoë Zipper", "ZOE")]
    [InlineData("Søren Łukasz", "soren lukasz")]
    [InlineData("Straße", "strasse")]
    [InlineData("张伟", "张")]
    public void A_name_is_found_whatever_the_accents_and_case(string name, string query) =>
        Assert.True(NameSearch.Matches(name, query));

    [Fact]
    public void A_different_name_is_not_found() => Assert.False(NameSearch.Matches("Zoë Nuñoz", "nunez"));
}

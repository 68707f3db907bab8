using Hiring.Web.Identity;

namespace Hiring.Web.Tests.Account;

public class AuthenticatorKeyTests
{
    [Theory]
    [InlineData("JBSWY3DPEHPK3PXP", "jbsw y3dp ehpk 3pxp")]
    [InlineData("ABCDEFGHIJKLM", "abcd efgh ijkl m")]
    [InlineData("AB", "ab")]
    public void The_key_is_shown_lower_case_in_groups_of_four(string key, string shown) =>
        Assert.Equal(shown, AuthenticatorKey.Format(key));

    [Fact]
    public void The_uri_names_the_issuer_and_the_account_escaped() =>
        Assert.Equal("otpauth://totp/Hiring:ana%2Btest%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Hiring&digits=6",
            AuthenticatorKey.Uri("ana+test@example.com", "JBSWY3DPEHPK3PXP"));
}

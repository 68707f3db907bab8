using Hiring.Web.Data.Providers;
using Npgsql;

namespace Hiring.Web.Tests.Data;

public class PostgresConnectionTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_gets_prepared_statements_and_no_reset_on_close()
    {
        var set = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;Username=hiring;Password=secret;Database=hiring"));
        Assert.Equal((PostgresConnection.AutoPrepared, true), (set.MaxAutoPrepare, set.NoResetOnClose));
        Assert.Equal(("db", "hiring", "secret"), (set.Host, set.Database, set.Password));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    [InlineData("Host=db;MAX AUTO PREPARE=0;no reset on close=False")]
    public void What_the_configuration_says_is_kept(string configured)
    {
        var set = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults(configured));
        Assert.Equal((0, false), (set.MaxAutoPrepare, set.NoResetOnClose));
    }
}

using System.Globalization;
using Hiring.Web.Assessments;

namespace Hiring.Web.Tests.Assessments;

public class TestNamesTests
{
    [Theory]
    [InlineData(1, "1st percentile")]
    [InlineData(2, "2nd percentile")]
    [InlineData(3, "3rd percentile")]
    [InlineData(11, "11th percentile")]
    [InlineData(12.4, "12th percentile")]
    [InlineData(13, "13th percentile")]
    [InlineData(21, "21st percentile")]
    [InlineData(51.6, "52nd percentile")]
    [InlineData(100, "100th percentile")]
    public void Percentiles_read_as_ordinals(double percentile, string expected) => Assert.Equal(expected, TestNames.Ordinal(percentile));

    [Fact]
    public void Durations_read_in_minutes_and_seconds()
    {
        Assert.Equal("25 minutes", TestNames.Minutes(TimeSpan.FromMinutes(25)));
        Assert.Equal("31 minutes 15 seconds", TestNames.Minutes(TimeSpan.FromSeconds(1875)));
        Assert.Equal("40 seconds", TestNames.Minutes(TimeSpan.FromSeconds(40)));
    }

    [Theory]
    [InlineData(82, "1 minute 22 seconds")]
    [InlineData(61, "1 minute 1 second")]
    [InlineData(121, "2 minutes 1 second")]
    [InlineData(60, "1 minute")]
    [InlineData(1, "1 second")]
    public void Durations_of_one_say_minute_and_second(int seconds, string expected) =>
        Assert.Equal(expected, TestNames.Minutes(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Percentiles_and_durations_read_in_Chinese_for_a_Chinese_reader()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            Assert.Equal("第 52 百分位", TestNames.Ordinal(51.6));
            Assert.Equal("31 分 15 秒", TestNames.Minutes(TimeSpan.FromSeconds(1875)));
            Assert.Equal("1 分 22 秒", TestNames.Minutes(TimeSpan.FromSeconds(82)));
            Assert.Equal("1 分钟", TestNames.Minutes(TimeSpan.FromSeconds(60)));
            Assert.Equal("1 秒", TestNames.Minutes(TimeSpan.FromSeconds(1)));
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}

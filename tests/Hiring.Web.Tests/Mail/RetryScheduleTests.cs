using Hiring.Web.Mail;

namespace Hiring.Web.Tests.Mail;

public class RetryScheduleTests
{
    private static readonly OutboxOptions Options = new() { RetryBase = TimeSpan.FromSeconds(30), RetryMax = TimeSpan.FromMinutes(10) };

    [Theory]
    [InlineData(1, 30)]     // first failure: the base delay
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 600)]    // 960 s capped at RetryMax
    [InlineData(40, 600)]
    public void Retry_delay_doubles_after_each_failure_up_to_the_cap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Options.RetryDelay(attempts));
}

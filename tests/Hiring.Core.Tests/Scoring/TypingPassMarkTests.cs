using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Scoring;

public class TypingPassMarkTests
{
    [Fact]
    public void Chinese_posts_start_at_the_published_interview_bar_of_fifty_characters_a_minute()
    {
        var typing = BatteryDefaults.For(PostType.Inbound, TypingUnit.Characters).Single(t => t.Kind == TestKind.Typing);

        Assert.Equal(50, typing.PassMark);
    }

    [Fact]
    public void English_posts_keep_their_words_per_minute_marks()
    {
        Assert.Equal(BatteryDefaults.For(PostType.Inbound), BatteryDefaults.For(PostType.Inbound, TypingUnit.Words));
        Assert.Equal(30, BatteryDefaults.For(PostType.Inbound).Single(t => t.Kind == TestKind.Typing).PassMark);
    }
}

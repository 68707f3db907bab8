using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;

namespace Hiring.Web.Demo;

/// <summary>The demo's open posts: one or more of each post type, as a real centre would advertise them.</summary>
public static class DemoPosts
{
    public static IEnumerable<Post> Make(DateTime now) =>
    [
        Make("Inbound Customer Service Agent", PostType.Inbound, WorkMode.OnSite, "Leeds contact centre", "Early (07:00-15:30), Late (13:30-22:00)", "English",
            "£23,500-£25,000", "Answer customers' calls about billing, deliveries and accounts. You verify who is calling, solve the problem on the first call where you can, and record every interaction clearly.", now),
        Make("Home-based Customer Service Advisor", PostType.Inbound, WorkMode.Remote, "Remote (UK)", "Days, Evenings, Weekends", "English",
            "£24,000", "Work from home answering calls and chats. You need a quiet room, a wired broadband connection and the self-discipline to keep to your schedule.", now,
            WithSimulation(PostType.Inbound)),
        Make("Outbound Sales Telemarketer", PostType.Outbound, WorkMode.OnSite, "Manchester", "Weekdays 10:00-18:30", "English",
            "£22,000 + commission", "Call existing customers and new prospects about broadband and mobile offers. You qualify leads, listen for real needs and close sales honestly.", now),
        Make("Technical Support Agent (Broadband)", PostType.TechSupport, WorkMode.Hybrid, "Glasgow / home", "Rotating shifts 08:00-20:00", "English",
            "£25,500-£27,000", "Help customers set up and fix their broadband, Wi-Fi and TV boxes by phone and chat, using our knowledge base and diagnostic tools.", now),
        Make("Team Leader - Inbound Service", PostType.TeamLeader, WorkMode.OnSite, "Leeds contact centre", "Days, Monday-Friday", "English",
            "£30,000-£33,000", "Lead a team of twelve agents: coaching, call reviews, escalations and daily huddles, with a clear eye on quality and wellbeing.", now),
        Make("Bilingual Customer Service Agent (Polish/English)", PostType.Inbound, WorkMode.OnSite, "Leeds contact centre", "Early, Late", "Polish, English",
            "£25,500", "Serve Polish- and English-speaking customers on the phone and by e-mail.", now),
    ];

    /// <summary>The default battery with the multitasking simulation added at 15 % (the others scaled to make room): home
    /// workers juggle calls and chats alone.</summary>
    private static IReadOnlyList<BatteryTestSettings> WithSimulation(PostType type) =>
    [
        .. BatteryDefaults.For(type).Select(t => t with { Weight = Math.Round(t.Weight * 0.85, 4) }),
        new(TestKind.Multitask, MultitaskScenarios.DefaultMinutes(type), 60, 0.15),
    ];

    private static Post Make(string title, PostType type, WorkMode mode, string site, string shifts, string languages, string salary, string description, DateTime now,
        IReadOnlyList<BatteryTestSettings>? battery = null) => new()
    {
        Title = title, PostType = type, WorkMode = mode, Site = site, Shifts = shifts, Languages = languages, SalaryBand = salary,
        Description = description, Status = PostStatus.Open, CreatedAt = now.AddDays(-40), ClosingDate = now.Date.AddDays(30),
        Battery = [.. (battery ?? BatteryDefaults.For(type)).Select(BatteryTest.From)],
        Questions = [.. Questions(type, mode)],
    };

    /// <summary>The custom questions a recruiter would add for this kind of post (knock-outs flag, never refuse).</summary>
    private static IEnumerable<PostQuestion> Questions(PostType type, WorkMode mode)
    {
        yield return new PostQuestion { Order = 0, Text = "Do you have the right to work in the UK?", Kind = QuestionKind.YesNo, Required = true, KnockOutAnswers = "No" };
        if (mode != WorkMode.OnSite)
            yield return new PostQuestion { Order = 1, Text = "What is your broadband download speed (Mbit/s)?", Kind = QuestionKind.Number, Required = true, KnockOutBelow = 20 };
        if (type == PostType.Outbound)
            yield return new PostQuestion { Order = 2, Text = "Are you comfortable working to a sales target?", Kind = QuestionKind.Choice, Required = true,
                Options = "Yes, I like targets\nYes, with coaching\nI would rather not", KnockOutAnswers = "I would rather not" };
        if (type == PostType.TeamLeader)
            yield return new PostQuestion { Order = 2, Text = "How many people have you led?", Kind = QuestionKind.Number, Required = false };
        yield return new PostQuestion { Order = 3, Text = "Anything else we should know (e.g. start date)?", Kind = QuestionKind.ShortText };
    }
}

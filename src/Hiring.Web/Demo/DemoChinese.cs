using Bogus;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Typing;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Localization;

namespace Hiring.Web.Demo;

/// <summary>
/// The demo's Chinese post, 呼入客服专员 (its battery drawn from the Chinese banks, typing in 字/分钟), and what its
/// applicants write that the English demo writes in English: name, phone, city, CV. Made after the English cohort with a
/// faker of its own (Bogus zh_CN), so the English demo's people and figures are the same as before.
/// </summary>
public static class DemoChinese
{
    /// <summary>How many demo applicants the Chinese post has, and the stage each reaches (most took the tests).</summary>
    public static readonly Stage[] Stages =
        [Stage.Tested, Stage.Shortlisted, Stage.Tested, Stage.Testing, Stage.Tested, Stage.Applied, Stage.Shortlisted, Stage.Tested, Stage.Rejected, Stage.Tested];

    private static readonly string[] Cities = ["上海市浦东新区", "上海市闵行区", "苏州市工业园区", "昆山市", "嘉兴市南湖区", "上海市宝山区"];
    private static readonly string[] Roles = ["电商客服专员", "银行信用卡中心电话客服", "门店收银员", "快递网点客服", "电话销售专员", "酒店前台接待"];
    private static readonly string[] Skills = ["普通话二级甲等", "五笔、拼音输入", "熟练使用 Excel", "企业微信", "工单系统", "投诉处理", "在线客服"];

    public static Post Post(DateTime now) => new()
    {
        Title = "呼入客服专员", PostType = PostType.Inbound, WorkMode = WorkMode.OnSite, Site = "上海浦东呼叫中心",
        Shifts = "早班（08:00-16:30）, 晚班（14:00-22:30）", Languages = "普通话", Language = Cultures.ChineseSimplified,
        SalaryBand = "6,000-8,000 元/月",
        Description = "接听客户来电，处理账单、物流和账户问题：核实来电人身份，尽量一次解决问题，并把每次通话记录清楚。入职提供两周带薪培训。",
        Status = PostStatus.Open, CreatedAt = now.AddDays(-20), ClosingDate = now.Date.AddDays(30),
        Battery = [.. BatteryDefaults.For(PostType.Inbound, TypingUnit.Characters).Select(BatteryTest.From)],
        Questions =
        [
            new PostQuestion { Order = 0, Text = "能否接受早晚轮班（含周末）？", Kind = QuestionKind.YesNo, Required = true, KnockOutAnswers = "No" },
            new PostQuestion { Order = 1, Text = "最快什么时候可以到岗？", Kind = QuestionKind.ShortText },
        ],
    };

    /// <summary>A Chinese candidate: name in Chinese order, a mobile number, Chinese as the saved language.</summary>
    public static ApplicationUser Candidate(Faker f, int n, DateTime now)
    {
        var person = new Person("zh_CN", f.Random.Int());
        var email = $"zh.candidate.{n:00}@example.com";
        return new ApplicationUser
        {
            Id = f.Random.Guid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(),
            Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = person.LastName + person.FirstName,
            PhoneNumber = $"1{f.PickRandom("38", "39", "58", "86", "88")}{f.Random.Number(1000, 9999)}{f.Random.Number(1000, 9999)}",
            SecurityStamp = f.Random.Guid().ToString("N"), ConcurrencyStamp = f.Random.Guid().ToString(),
            CreatedAt = now.AddDays(-f.Random.Int(1, 20)), IsDemo = true, Culture = Cultures.ChineseSimplified,
        };
    }

    /// <summary>What the English demo fills in English: the city, the languages and the CV.</summary>
    public static void Localize(Application app, ApplicationUser user, Post post, Faker f, string cvFolder)
    {
        (app.Location, app.Languages) = (f.PickRandom(Cities), f.Random.Bool(0.3f) ? "普通话、英语" : "普通话");
        (app.CvFileName, app.CvContentType) = ($"{user.DisplayName}_简历.txt", "text/plain");
        var year = 2026;
        var lines = new List<string> { user.DisplayName, $"{user.Email} | {user.PhoneNumber} | {app.Location}", "", "求职意向", $"应聘{post.Title}。", "", "工作经历" };
        for (var i = 0; i < f.Random.Int(1, 3); i++)
        {
            var years = f.Random.Int(1, 3);
            lines.Add($"{year - years}—{year}　{f.PickRandom(Roles)}");
            lines.Add($"- 日均处理客户咨询约 {f.Random.Int(40, 120)} 通，{f.PickRandom("质检评分连续保持优秀", "通话记录完整准确", "带教过两名新员工")}。");
            year -= years;
        }
        lines.AddRange(["", "技能", string.Join("、", f.PickRandom(Skills, 3)), "", "自我评价", "耐心细致，抗压能力强，能接受轮班。"]);
        File.WriteAllText(Path.Combine(cvFolder, app.CvStoredName!), string.Join('\n', lines));
    }
}

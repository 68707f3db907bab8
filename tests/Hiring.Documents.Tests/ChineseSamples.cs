using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Documents.Interviews;
using Hiring.Documents.Reports;

namespace Hiring.Documents.Tests;

/// <summary>
/// A Chinese post's report and question sheet as the web app fills them for a Chinese reader: every name, sentence and
/// answer the app supplies is Chinese, so whatever English the PDF shows comes from the document layer itself.
/// </summary>
public static class ChineseSamples
{
    public static readonly DateTimeOffset Generated = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    public static CandidateReportModel Report()
    {
        var taken = Generated.AddDays(-6);
        var since = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        string[] names = ["情绪智力", "同理心", "积极倾听", "安抚愤怒客户", "委婉拒绝", "主动担责", "多任务处理", "适应能力"];
        return new CandidateReportModel(
            new CandidateInfo("王晓燕", "wang.xiaoyan@example.cn", "138 1234 5678", "APP-9F2C41D7"),
            new PostInfo("呼入客服专员（上海）", "呼入客服", "上海浦东呼叫中心（混合办公）", 4, 65),
            Generated.AddDays(-12), Stage.Interview, 72.4,
            [
                new(TestKind.Sjt, "情景判断", 29, 40, 74, 212, TimeSpan.FromSeconds(1290), TimeSpan.FromMinutes(25), 60, taken,
                    Group: new NormGroup("呼入客服候选人", since, 55, 82)),
                new(TestKind.Typing, "打字", 52, 60, 64, 0, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), 30, taken.AddMinutes(30),
                    Typing: new TypingFigures(46.5, 41.0, 96.8, InCharacters: true), Group: new NormGroup("打字者", null, 26.5, 49.5, Published: true)),
                new(TestKind.Reading, "阅读理解", 9, 12, 71, 17, TimeSpan.FromSeconds(744), TimeSpan.FromMinutes(15), 65, taken.AddMinutes(40),
                    Reading: new ReadingFigures(386, 75, InCharacters: true), NormNote: "根据呼入客服职位的 17 次测评实时计算（尚无已保存的常模表）",
                    Group: new NormGroup("呼入客服候选人", since, 58, 83)),
                new(TestKind.Literacy, "计算机操作", 11, 24, 35, 98, TimeSpan.FromSeconds(1032), TimeSpan.FromMinutes(20), 60, taken.AddMinutes(60),
                    Group: new NormGroup("呼入客服候选人", since, 62, 80)),
            ],
            names.Select((n, i) => new CompetencyScore($"C{i}", n, 30 + i * 9, 55)).ToList(),
            [
                new("情景判断", "离开测评窗口", "6 次，累计离开 2 分 40 秒", FlagSeverity.Warning),
                new("计算机操作", "非键盘输入", "已忽略 4 次事件", FlagSeverity.Serious),
            ],
            [
                new("您周末可以上班吗？", "可以"),
                new("您家里有安静的房间接听电话吗？", "没有", "家中没有安静的接听电话的房间"),
            ],
            [
                new Scorecard("李建国", Generated.AddDays(-2),
                    [new("请讲一次您安抚愤怒客户的经历。", "安抚愤怒客户", 4, "先道歉再核实，语气平稳。"), new("您如何向老年客户解释规则？", "沟通", null, "没有具体事例。")],
                    "推荐", "表达清楚，有耐心。", Core.Interviews.Recommendation.Yes),
            ],
            [new("赵敏", Generated.AddDays(-3), "候选人希望安排上午面试。")],
            Generated, "海岸客服中心", new PostRank(3, 27), "zh-Hans", "面试");
    }

    public static QuestionSheetModel Sheet() => new(
        "面试题包，2 道题，约 15 分钟", "呼入客服专员（上海）",
        [
            new SheetQuestion("请讲一次您安抚愤怒客户的经历。", "安抚愤怒客户", ["您第一句话说了什么？", "客户的反应如何？"],
                "先共情，再解决，并跟进。", "能保持冷静并解决问题。", "与客户争辩或推诿。", Behavioural: true, Probing: "安抚愤怒客户（测评得分 38.0）"),
            new SheetQuestion("如果系统突然无法登录，您会怎么做？", "技术适应", [], "先告知客户，再按流程上报。", "按流程上报。", "让客户稍后再打。"),
        ],
        [new SheetCandidate("王晓燕", "APP-9F2C41D7", "2026年12月7日 10:00（Asia/Shanghai）", "李建国")],
        Generated, "海岸客服中心", "zh-Hans");
}

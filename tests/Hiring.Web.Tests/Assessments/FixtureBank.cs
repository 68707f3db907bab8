using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Assessments;

/// <summary>
/// A small item bank written for these tests, so scores can be computed by hand: three SJT items
/// (ratings A 4, B 3, C 2, D 1), two literacy questions and one task, one reading passage with four
/// questions, one typing passage; in Chinese, one reading and one typing passage. Every key text carries a SECRET marker that must never reach a candidate.
/// </summary>
public static class FixtureBank
{
    public const string Secret = "SECRET-KEY";

    public static string Write()
    {
        var folder = TestEnvironment.NewTempFolder("bank");
        Directory.CreateDirectory(Path.Combine(folder, "assessments"));
        File.Copy(Path.Combine(TestEnvironment.RepositoryRoot, "seed", "competencies.yaml"), Path.Combine(folder, "competencies.yaml"));
        File.WriteAllText(Path.Combine(folder, "assessments", "sjt-fixture.yaml"), Sjt);
        File.WriteAllText(Path.Combine(folder, "assessments", "literacy.yaml"), Literacy);
        File.WriteAllText(Path.Combine(folder, "assessments", "literacy-tasks.yaml"), Tasks);
        File.WriteAllText(Path.Combine(folder, "assessments", "reading.yaml"), Reading);
        File.WriteAllText(Path.Combine(folder, "assessments", "typing.yaml"), Typing);
        Directory.CreateDirectory(Path.Combine(folder, "zh-Hans", "assessments"));
        File.WriteAllText(Path.Combine(folder, "zh-Hans", "assessments", "reading.yaml"), ChineseReading);
        File.WriteAllText(Path.Combine(folder, "zh-Hans", "assessments", "typing.yaml"), ChineseTyping);
        // The real default Chinese typing norm: the norm tests read percentiles off it.
        Directory.CreateDirectory(Path.Combine(folder, "zh-Hans", "norms"));
        File.Copy(Path.Combine(TestEnvironment.RepositoryRoot, "seed", "zh-Hans", "norms", "typing.yaml"), Path.Combine(folder, "zh-Hans", "norms", "typing.yaml"));
        // The real simulations: the demo's home-based post has one in its battery.
        var simulations = Directory.CreateDirectory(Path.Combine(folder, "simulations")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "seed", "simulations"), "*.yaml"))
            File.Copy(file, Path.Combine(simulations, Path.GetFileName(file)));
        return folder;
    }

    private static string SjtItem(string id, string competencies, string scenario) => $"""
          - id: {id}
            version: 1
            title: Fixture {id}
            post_types: [common]
            competencies: [{competencies}]
            difficulty: medium
            scenario: {scenario}
            options:
              - {"{"} id: A, text: Listen fully then act on the problem, rating: 4, rationale: {Secret} best {id} {"}"}
              - {"{"} id: B, text: Apologise and pass the call to a colleague, rating: 3, rationale: {Secret} second {id} {"}"}
              - {"{"} id: C, text: Read the policy to the caller word for word, rating: 2, rationale: {Secret} third {id} {"}"}
              - {"{"} id: D, text: Tell the caller to ring back another day, rating: 1, rationale: {Secret} worst {id} {"}"}

        """;

    private static readonly string Sjt = "items:\n"
        + SjtItem("SJT-F1", "ANG, EMP", "A caller shouts that the bill is wrong for the third month.")
        + SjtItem("SJT-F2", "ANG", "A customer threatens to leave unless the fee is waived today.")
        + SjtItem("SJT-F3", "EMP", "A caller explains that a relative has died and the account is in their name.");

    private const string Literacy = """
        items:
          - id: LIT-F1
            version: 1
            topic: shortcuts
            competencies: [TECH]
            stem: Which keys paste the text you copied?
            options:
              - { id: A, text: Ctrl+P }
              - { id: B, text: Ctrl+V, correct: true }
              - { id: C, text: Ctrl+C }
              - { id: D, text: Ctrl+X }
          - id: LIT-F2
            version: 1
            topic: email
            competencies: [TECH, DET]
            stem: What does CC mean on an e-mail?
            options:
              - { id: A, text: A copy goes to someone else, correct: true }
              - { id: B, text: The mail is encrypted }
              - { id: C, text: The mail is urgent }
              - { id: D, text: The mail is a draft }
        """;

    private const string Tasks = """
        tasks:
          - id: LIT-TF1
            version: 1
            kind: fix
            title: Fix the ticket
            competencies: [DET]
            instructions: The caller's details in the ticket are wrong. Put them right from the call notes.
            material: |
              Caller spelled the surname N-O-W-A-K. Phone is oh one one three, four nine six, oh oh oh oh.
            fields:
              - { name: surname, label: Surname, initial: Novak, expected: Nowak, match: casefold }
              - { name: phone, label: Phone, initial: "", expected: "0113 496 0000", match: digits }
        """;

    private const string Reading = """
        passages:
          - id: RD-F1
            version: 1
            title: Returns policy
            competencies: [DET, CRIT]
            text: |
              You can return most items within thirty days of delivery for a full refund.

              Opened software and personalised items cannot be returned unless they are faulty.
            questions:
              - id: RD-F1-Q1
                text: How many days do you have to return an item?
                options:
                  - { id: A, text: Fourteen }
                  - { id: B, text: Thirty, correct: true }
                  - { id: C, text: Sixty }
              - id: RD-F1-Q2
                text: Which items cannot be returned?
                options:
                  - { id: A, text: Opened software, correct: true }
                  - { id: B, text: Shoes }
              - id: RD-F1-Q3
                text: When can personalised items be returned?
                options:
                  - { id: A, text: Never }
                  - { id: B, text: When faulty, correct: true }
              - id: RD-F1-Q4
                text: What do you get back?
                options:
                  - { id: A, text: A full refund, correct: true }
                  - { id: B, text: A voucher }
        """;

    /// <summary>A Chinese passage of 18 字: 退款在 + 个工作日内到账 (10) and "5" (1); 订单号 + 请核对 (6) and the order number (1).</summary>
    private const string ChineseReading = """
        passages:
          - id: RD-ZH-F1
            version: 1
            title: 退款时效
            competencies: [DET]
            text: |
              退款在5个工作日内到账。
              订单号 YX20250301000123，请核对。
            questions:
              - id: RD-ZH-F1-Q1
                text: 退款几个工作日内到账？
                options:
                  - { id: A, text: 5个, correct: true }
                  - { id: B, text: 7个 }
              - id: RD-ZH-F1-Q2
                text: 订单号以什么开头？
                options:
                  - { id: A, text: YX, correct: true }
                  - { id: B, text: JD }
              - id: RD-ZH-F1-Q3
                text: 要客户做什么？
                options:
                  - { id: A, text: 核对订单号, correct: true }
                  - { id: B, text: 重新下单 }
              - id: RD-ZH-F1-Q4
                text: 说的是什么事？
                options:
                  - { id: A, text: 退款, correct: true }
                  - { id: B, text: 换货 }
        """;

    /// <summary>A Chinese typing passage of 10 字, typed in five two-character commits by the norm tests.</summary>
    public const string ChineseTypingText = "客户来电询问退款进度";

    private const string ChineseTyping = $"""
        passages:
          - id: TYP-ZH-F1
            version: 1
            title: 来电记录
            kind: call-notes
            text: {ChineseTypingText}
        """;

    private const string Typing = """
        passages:
          - id: TYP-F1
            version: 1
            title: Call notes
            kind: call-notes
            text: Customer called about order 55-1234 and asked for a refund.
        """;
}

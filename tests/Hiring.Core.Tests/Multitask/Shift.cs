using Hiring.Core.Assessments.Choice;
using Hiring.Core.Assessments.Multitask;

namespace Hiring.Core.Tests.Multitask;

/// <summary>A five-minute shift with one task of each kind, and the log of a run that gets everything right.</summary>
internal static class Shift
{
    public static readonly Scenario Scenario = new(
        "SIM-T", 1, "Test shift", "inbound-service", 300,
        [new(0, "Caller", "Hello, I have moved."), new(5, "Caller", "My new address is 12 Harbour Road, AB1 2CD.")],
        [
            new("M1", 10, "Ana", "Where is my parcel?"),
            new("M2", 60, "Ben", "Can I change my plan?"),
            new("M3", 90, "Chen", "I was charged three times and my bank account is empty!", Urgent: true),
        ],
        [new("KB-1", "Delivery times", "Parcels arrive in 3 working days."), new("KB-2", "Refunds for late delivery", "A late parcel earns a 15 % refund.")],
        [new("street", "Street", "", "12 Harbour Road", MatchRule.Casefold), new("postcode", "Postcode", "", "AB1 2CD", MatchRule.Casefold)],
        [
            new ReplyTask("T1", "Answer Ana", ["COM", "MT"], "M1", 60),
            new RecordTask("T2", "Record the new address", ["DET", "MT"], ["street", "postcode"], null),
            new AnswerTask("T3", "Refund for late delivery", ["TECH", "OWN"], "What refund does a late parcel earn (%)?", "KB-2", "15", MatchRule.Digits, 150),
            new EscalateTask("T4", "Escalate the triple charge", ["CALM", "OWN"], "M3"),
            new FirstTask("T5", "Answer the urgent message first", ["MT", "CALM"], "M3"),
        ]);

    public static List<SimEvent> PerfectRun() =>
    [
        new FieldSet("street", "12 Harbour Road", 20_000),
        new FieldSet("postcode", "ab1 2cd", 25_000),
        new ChatReplied("M1", "It is on its way and arrives tomorrow.", 30_000),
        new KbSearched("refund late", 40_000),
        new KbOpened("KB-2", 41_000),
        new AnswerGiven("T3", "15 %", 50_000),
        new ChatReplied("M3", "I am sorry, I am passing this to my team leader now.", 100_000),
        new Escalated("M3", 101_000),
        new ChatReplied("M2", "Yes, I can help with that.", 120_000),
        new Finished(200_000),
    ];

    public static List<SimEvent> Without<T>(List<SimEvent> log, Func<T, bool> which) where T : SimEvent =>
        log.Where(e => e is not T t || !which(t)).ToList();
}

using Hiring.Core.Assessments.Multitask;

namespace Hiring.Core.Tests.Multitask;

public class MultitaskScoreTests
{
    private static MultitaskResult Score(List<SimEvent> log) => MultitaskScore.Score(Shift.Scenario, log);

    private static double Credit(MultitaskResult r, string task) => r.Tasks.Single(t => t.TaskId == task).Credit;

    [Fact]
    public void Perfect_run_scores_100_everywhere()
    {
        var result = Score(Shift.PerfectRun());
        Assert.Equal(100, result.Percent);
        Assert.Equal(["CALM", "COM", "DET", "MT", "OWN", "TECH"], result.Competencies.Keys.Order());
        Assert.All(result.Competencies.Values, v => Assert.Equal(100, v));
        Assert.Equal((2, 2, 1.0), (result.Fields.Correct, result.Fields.Total, result.Fields.Share));
        Assert.Equal((1, 1), (result.KbAnswersCorrect, result.KbAnswersAsked));
        Assert.Equal((true, 1, 1), (result.Prioritisation.RightEscalated, result.Prioritisation.UrgentFirst, result.Prioritisation.UrgentTasks));
        Assert.Empty(result.Prioritisation.WronglyEscalated);
        // M1 arrived at 10 s, answered at 30 s; M2 at 60 → 120 s; M3 at 90 → 100 s. Only M1 has a deadline (60 s).
        Assert.Equal([20_000L, 60_000L, 10_000L], result.Chat.Select(c => c.ResponseMs!.Value));
        Assert.Equal(1, result.ChatWithinDeadlineShare);
    }

    [Fact]
    public void Missing_the_chat_loses_that_task_and_its_competencies()
    {
        // Tasks 0, 1, 1, 1, 1 → 80 %. COM rests on T1 alone → 0; MT on T1, T2, T5 → (0 + 1 + 1) / 3.
        var result = Score(Shift.Without<ChatReplied>(Shift.PerfectRun(), r => r.MessageId == "M1"));
        Assert.Equal(80, result.Percent, 9);
        Assert.Equal(0, result.Competencies["COM"]);
        Assert.Equal(200.0 / 3, result.Competencies["MT"], 9);
        Assert.Null(result.Chat[0].ResponseMs);
        Assert.Equal(0, result.ChatWithinDeadlineShare);
    }

    [Fact]
    public void A_late_chat_reply_earns_half()
    {
        // M1 answered at 130 s: 120 s after it arrived, deadline 60 s → 0.5; (0.5 + 4) / 5 = 90 %.
        var log = Shift.Without<ChatReplied>(Shift.PerfectRun(), r => r.MessageId == "M1");
        log.Add(new ChatReplied("M1", "Sorry for the wait, it arrives tomorrow.", 130_000));
        var result = Score(log);
        Assert.Equal(0.5, Credit(result, "T1"));
        Assert.Equal(90, result.Percent, 9);
        Assert.False(result.Chat[0].WithinDeadline);
    }

    [Fact]
    public void A_wrong_address_costs_the_field_it_got_wrong()
    {
        // Street wrong, postcode right → T2 = 1/2; (4 + 0.5) / 5 = 90 %; DET rests on T2 alone → 50.
        var log = Shift.Without<FieldSet>(Shift.PerfectRun(), f => f.Field == "street");
        log.Add(new FieldSet("street", "12 Harbor Road", 22_000));
        var result = Score(log);
        Assert.Equal((1, 2), (result.Fields.Correct, result.Fields.Total));
        Assert.Equal(90, result.Percent, 9);
        Assert.Equal(50, result.Competencies["DET"], 9);
        Assert.Contains("street", result.Tasks.Single(t => t.TaskId == "T2").Note);
    }

    [Fact]
    public void The_last_value_set_for_a_field_is_the_one_that_counts()
    {
        var corrected = Shift.PerfectRun();
        corrected.Insert(0, new FieldSet("street", "12 Harbor Road", 15_000));
        Assert.Equal(2, Score(corrected).Fields.Correct);

        var spoiled = Shift.PerfectRun();
        spoiled.Add(new FieldSet("postcode", "AB1 2CB", 150_000));
        Assert.Equal(1, Score(spoiled).Fields.Correct);
    }

    [Fact]
    public void Escalating_a_message_that_should_not_be_escalated_halves_the_escalation()
    {
        var log = Shift.PerfectRun();
        log.Add(new Escalated("M2", 125_000));
        var result = Score(log);
        Assert.Equal(0.5, Credit(result, "T4"));
        Assert.Equal(["M2"], result.Prioritisation.WronglyEscalated);
        Assert.True(result.Prioritisation.RightEscalated);
        Assert.Equal(90, result.Percent, 9);
    }

    [Fact]
    public void Escalating_only_the_wrong_message_earns_nothing_for_escalation()
    {
        var log = Shift.Without<Escalated>(Shift.PerfectRun(), _ => true);
        log.Add(new Escalated("M1", 35_000));
        var result = Score(log);
        Assert.Equal(0, Credit(result, "T4"));
        Assert.False(result.Prioritisation.RightEscalated);
        Assert.Equal(["M1"], result.Prioritisation.WronglyEscalated);
    }

    [Fact]
    public void Answering_a_waiting_message_before_the_urgent_one_misses_the_priority_task()
    {
        // M2 (waiting since 60 s) answered at 95 s, after M3 arrived at 90 s and before M3's reply at 100 s.
        var log = Shift.Without<ChatReplied>(Shift.PerfectRun(), r => r.MessageId == "M2");
        log.Add(new ChatReplied("M2", "Yes, I can help with that.", 95_000));
        var result = Score(log);
        Assert.Equal(0, Credit(result, "T5"));
        Assert.Equal((0, 1), (result.Prioritisation.UrgentFirst, result.Prioritisation.UrgentTasks));
    }

    [Fact]
    public void Events_after_the_candidate_finished_are_ignored()
    {
        var log = Shift.PerfectRun();
        log.Add(new FieldSet("street", "wrong", 210_000));   // after Finished at 200 s
        log.Add(new Escalated("M1", 220_000));
        var result = Score(log);
        Assert.Equal(100, result.Percent);
        Assert.Empty(result.Prioritisation.WronglyEscalated);
    }

    [Fact]
    public void Events_after_the_end_of_the_shift_are_ignored_even_without_finishing()
    {
        // No Finished: the shift ends at 300 s; a first reply to M1 at 301 s does not count.
        var log = Shift.Without<ChatReplied>(Shift.PerfectRun(), r => r.MessageId == "M1");
        log.RemoveAll(e => e is Finished);
        log.Add(new ChatReplied("M1", "Late", 301_000));
        var result = Score(log);
        Assert.Equal(0, Credit(result, "T1"));
        Assert.Equal(80, result.Percent, 9);
    }

    [Fact]
    public void A_reply_sent_before_its_message_arrived_does_not_count()
    {
        var log = Shift.Without<ChatReplied>(Shift.PerfectRun(), r => r.MessageId == "M1");
        log.Add(new ChatReplied("M1", "Guessing", 5_000)); // M1 arrives at 10 s
        Assert.Equal(0, Credit(Score(log), "T1"));
    }

    [Fact]
    public void A_knowledge_base_answer_after_its_deadline_or_wrong_earns_nothing()
    {
        var late = Shift.Without<AnswerGiven>(Shift.PerfectRun(), _ => true);
        late.Add(new AnswerGiven("T3", "15", 160_000)); // due at 150 s
        Assert.Equal(0, Credit(Score(late), "T3"));

        var wrong = Shift.Without<AnswerGiven>(Shift.PerfectRun(), _ => true);
        wrong.Add(new AnswerGiven("T3", "20", 60_000));
        var result = Score(wrong);
        Assert.Equal((0, 1), (result.KbAnswersCorrect, result.KbAnswersAsked));
        Assert.Contains("\"20\"", result.Tasks.Single(t => t.TaskId == "T3").Note);
    }

    [Fact]
    public void An_empty_log_scores_zero()
    {
        var result = Score([]);
        Assert.Equal(0, result.Percent);
        Assert.All(result.Competencies.Values, v => Assert.Equal(0, v));
    }
}

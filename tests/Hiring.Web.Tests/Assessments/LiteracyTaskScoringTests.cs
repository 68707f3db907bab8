using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Assessments;

/// <summary>
/// Every interactive literacy task in seed/, read with the app's own reader (a new task is covered
/// without touching this file), scores only what the candidate changed toward the goal.
/// </summary>
public class LiteracyTaskScoringTests
{
    public static TheoryData<string> TaskIds => [.. Tasks.Select(t => t.Id)];

    private static readonly List<LiteracyTask> Tasks =
        SeedCatalogReader.Read(Path.Combine(TestEnvironment.RepositoryRoot, "seed"), TestEnvironment.RepositoryRoot)
            .Items.Where(e => e.Bank == Bank.LiteracyTask).Select(e => (LiteracyTask)e.Item).ToList();

    [Theory]
    [MemberData(nameof(TaskIds))]
    public void An_untouched_task_scores_nothing(string id)
    {
        var task = Tasks.Single(t => t.Id == id);
        Assert.Equal(0, AttemptScorer.Task(task, new AnswerValue()).Points);
        // The page may send the pre-filled values back unchanged: still nothing changed.
        Assert.Equal(0, AttemptScorer.Task(task, new AnswerValue { Fields = task.Fields.ToDictionary(f => f.Name, f => f.Initial) }).Points);
    }

    [Theory]
    [MemberData(nameof(TaskIds))]
    public void A_task_done_right_earns_every_point_it_offers(string id)
    {
        var task = Tasks.Single(t => t.Id == id);
        var done = AttemptScorer.Task(task, new AnswerValue { Fields = task.Fields.ToDictionary(f => f.Name, f => f.Expected) });
        Assert.True(done.Max > 0, $"{id} offers no points");
        Assert.Equal(done.Max, done.Points);
    }

    [Theory]
    [MemberData(nameof(TaskIds))]
    public void Breaking_a_field_that_was_already_right_costs_a_point(string id)
    {
        var task = Tasks.Single(t => t.Id == id);
        var right = task.Fields.Where(f => f.Initial == f.Expected).Select(f => f.Name).ToHashSet();
        var fields = task.Fields.ToDictionary(f => f.Name, f => right.Contains(f.Name) ? "x" + f.Expected + "x" : f.Expected);
        var scored = AttemptScorer.Task(task, new AnswerValue { Fields = fields });
        Assert.Equal(Math.Max(0, scored.Max - right.Count), scored.Points);
    }
}

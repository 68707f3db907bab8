using Hiring.Core.Interviews;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Interviews;
using Hiring.Web.Seeding;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Interviews;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>
/// The interview forms with hostile input: scorecards, question-bank editing, kit edits, booking,
/// rescheduling and cancelling. No 500, no script rendered, and every row the forms leave is whole.
/// </summary>
public abstract class InterviewFuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    [Fact]
    public async Task Scorecard_survives_hostile_input_and_stores_only_whole_cards()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddHours(-2), interviewer);
        var fuzzer = new FormFuzzer(await _world.LogInAsync(interviewer.Email))
        {
            Baseline = new Dictionary<string, string> { ["Ratings[0].Rating"] = "4", ["Recommendation"] = nameof(Recommendation.Yes), ["submit"] = "true" },
        };
        await fuzzer.FuzzAsync($"/Interviews/Scorecard/{applicationId}", "#scorecard",
            ["Ratings[0].QuestionId", "Ratings[0].QuestionVersion", "Ratings[0].Rating", "Ratings[0].Notes", "Ratings[1].Rating", "Recommendation", "Notes", "submit"]);

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 250, $"only {fuzzer.Sent} inputs sent");
        var card = await app.WithDbAsync(db => db.Scorecards.AsNoTracking().Include(s => s.Ratings).SingleAsync(s => s.ApplicationId == applicationId));
        var kit = await app.WithDbAsync(db => db.InterviewKitQuestions.Where(q => q.ApplicationId == applicationId).Select(q => q.QuestionId).ToListAsync());
        Assert.All(card.Ratings, r => Assert.True(ScoreAverages.IsValid(r.Rating) && kit.Contains(r.QuestionId) && r.Notes.Length <= 2000 && r.Notes == TextInput.Clean(r.Notes)));
        Assert.True(card.Notes.Length <= 4000 && card.Notes == TextInput.Clean(card.Notes));
    }

    [Fact]
    public async Task Bank_editing_survives_hostile_input_and_adds_only_valid_questions()
    {
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var fuzzer = new FormFuzzer(client)
        {
            Baseline = new Dictionary<string, string>
            {
                ["Input.Competencies"] = "EMP", ["Input.Text"] = "Tell me about a caller you calmed down.",
                ["Input.Strong"] = "A specific call, what they did, the outcome.", ["Input.Acceptable"] = "A general answer.", ["Input.Weak"] = "No example.",
            },
        };
        await fuzzer.FuzzAsync("/Interviews/Bank/Edit", "main form.form");
        var existing = await app.WithDbAsync(db => db.BankItems.Where(i => i.Bank == Bank.Interview && i.IsCurrent).Select(i => i.Id).OrderBy(i => i).FirstAsync());
        await fuzzer.FuzzAsync($"/Interviews/Bank/Edit/{existing}", "main form.form", ["Input.Text", "Input.Minutes", "Input.SwapFor", "Input.Probes"]);
        await fuzzer.FuzzQueryAsync("/Interviews/Bank", "form[role=search]");
        await fuzzer.FuzzAsync("/Interviews/Bank", "td form.inline");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 400, $"only {fuzzer.Sent} inputs sent");
        var made = await app.WithDbAsync(db => db.BankItems.AsNoTracking().Where(i => i.Bank == Bank.Interview && i.SourceFile == BankEditor.AppSource).ToListAsync());
        Assert.NotEmpty(made);
        foreach (var row in made)
        {
            var problems = new SeedProblems();
            var question = BankQuestion.From(row).Content;
            SeedRules.Interview(question, problems, 0);
            Assert.True(problems.All.Count == 0 && question.Text == TextInput.Clean(question.Text), $"{row.Id} v{row.Version}: {string.Join("; ", problems.All.Select(p => p.Message))}");
        }
    }

    [Fact]
    public async Task Kit_edits_survive_hostile_input_and_keep_the_kit_in_order()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var url = $"/Interviews/Kit/{applicationId}";
        var fuzzer = new FormFuzzer(client);
        await fuzzer.FuzzAsync(url, "#rebuild");
        await fuzzer.FuzzAsync(url, "form.down");
        await fuzzer.FuzzAsync(url, "#bank form");
        await fuzzer.FuzzAsync(url, "form.remove");
        await fuzzer.FuzzQueryAsync(url, "#filter");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 300, $"only {fuzzer.Sent} inputs sent");
        var positions = await app.WithDbAsync(db => db.InterviewKitQuestions.Where(q => q.ApplicationId == applicationId).OrderBy(q => q.Position).Select(q => q.Position).ToListAsync());
        Assert.Equal(Enumerable.Range(0, positions.Count), positions);
    }

    [Fact]
    public async Task Booking_rescheduling_and_cancelling_survive_hostile_input_and_book_only_whole_interviews()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var fuzzer = new FormFuzzer(client)
        {
            Baseline = new Dictionary<string, string> { ["Input.StartsAt"] = "2030-05-01T10:00", ["Input.Location"] = "Room 2", ["Input.InterviewerIds"] = interviewer.Id },
        };
        await fuzzer.FuzzAsync($"/Interviews/Schedule/{applicationId}", "main form");
        var booked = await app.WithDbAsync(db => db.Interviews.Where(i => i.ApplicationId == applicationId).Select(i => i.Id).FirstAsync());
        await fuzzer.FuzzAsync($"/Interviews/Reschedule/{booked}", "#reschedule");
        await fuzzer.FuzzAsync($"/Interviews/Reschedule/{booked}", "#cancel");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(fuzzer.Sent >= 300, $"only {fuzzer.Sent} inputs sent");
        var interviews = await app.WithDbAsync(db => db.Interviews.AsNoTracking().Include(i => i.Panel).Where(i => i.ApplicationId == applicationId).ToListAsync());
        Assert.All(interviews, i => Assert.True(i.EndsAt > i.StartsAt && i.Panel.Count > 0 && (i.Location.Length > 0 || i.VideoLink is { Length: > 0 })
            && i.Location == TextInput.Clean(i.Location) && i.Location.Length <= 300, $"{i.Id}: {i.StartsAt:o}–{i.EndsAt:o} '{i.Location}' '{i.VideoLink}' panel {i.Panel.Count}"));
    }
}

public class SqliteInterviewFuzzTests(SqliteApp app) : InterviewFuzzTests<SqliteApp>(app);
public class PostgresInterviewFuzzTests(PostgresApp app) : InterviewFuzzTests<PostgresApp>(app);

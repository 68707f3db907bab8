using AngleSharp.Dom;
using Hiring.Core.Assessments;
using System.Text.Json;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Hiring.Web.Reports;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The integrity signals and each test's score as columns the recruiter shows or hides, kept in the URL.</summary>
public abstract class ListColumnTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Chosen_columns_show_the_signal_count_and_the_tests_score_and_stay_in_the_links()
    {
        var demo = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Where(t => t.Kind == TestKind.Sjt && t.Percent != null)
            .Select(t => new { t.ApplicationId, t.Percent }).FirstAsync());
        var signals = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Where(t => t.ApplicationId == demo.ApplicationId)
            .Select(IntegritySignals.Count).SumAsync());
        var recruiter = await Given.RecruiterAsync(app);
        var q = CandidateReportBuilder.Reference(demo.ApplicationId);

        var (_, plain) = await recruiter.GetPageAsync($"/Recruiting/Applications?Q={q}");
        Assert.DoesNotContain(plain.QuerySelectorAll("#bulk th"), th => th.TextContent.Contains("Situational judgement"));

        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?Q={q}&Cols=flags&Cols=Sjt");
        var headers = list.QuerySelectorAll("#bulk thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Integrity signals", "Situational judgement (%)"], headers.TakeLast(2));
        var cells = list.QuerySelectorAll("#bulk tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([signals.ToString(), demo.Percent!.Value.ToString("0")], cells.TakeLast(2));
        Assert.Contains("Cols=Sjt,flags", Uri.UnescapeDataString(list.QuerySelector(".list-chip")!.GetAttribute("href")!));
        Assert.Contains("Cols=Sjt,flags", Uri.UnescapeDataString(list.QuerySelector("#bulk")!.GetAttribute("action")!));
    }

    /// <summary>Whatever the report flags in words puts the applicant among "some integrity signals": not only the counted
    /// events, but a lost connection, a typing result's flags and a skimmed reading passage.</summary>
    [Fact]
    public async Task Every_signal_the_report_flags_counts_in_the_list()
    {
        var post = await Given.PostAsync(app);
        var outage = await Given.ApplicationAsync(app, post, Stage.Tested, 60, "Ola Outage");
        var typing = await Given.ApplicationAsync(app, post, Stage.Tested, 61, "Tye Typist");
        var skimmed = await Given.ApplicationAsync(app, post, Stage.Tested, 62, "Sky Skimmer");
        var clean = await Given.ApplicationAsync(app, post, Stage.Tested, 63, "Cleo Clean");
        var battery = await app.WithDbAsync(db => db.BatteryTests.AsNoTracking().Where(t => t.PostId == post.Id).ToListAsync());
        Attempt Scored(Guid application, TestKind kind, AttemptDetail detail) => new()
        {
            ApplicationId = application, BatteryTestId = (battery.FirstOrDefault(b => b.Kind == kind) ?? battery[(int)kind % battery.Count]).Id, Kind = kind, Form = "{}", StartedAt = DateTime.UtcNow.AddHours(-1),
            DeadlineAt = DateTime.UtcNow, LastContactAt = DateTime.UtcNow, SubmittedAt = DateTime.UtcNow, Percent = 70, Passed = true,
            Detail = JsonSerializer.Serialize(detail, AttemptFinaliser.Json),
        };
        var none = new AttemptDetail([], new Dictionary<string, Hiring.Core.Assessments.Scoring.CompetencyScore>());
        var attempts = new[]
        {
            Scored(outage.Id, TestKind.Sjt, none),
            Scored(typing.Id, TestKind.Typing, none with { Typing = new TypingDetail(40, 38, 0.97, 0.95, 80, ["Bursts faster than a person types"], 120) }),
            Scored(skimmed.Id, TestKind.Reading, none with { Reading = [new ReadingSpeed("p1", 300, 10, null, Skimmed: true)] }),
            Scored(clean.Id, TestKind.Typing, none with { Typing = new TypingDetail(40, 38, 0.97, 0.95, 80, [], 120) }),
            Scored(clean.Id, TestKind.Reading, none with { Reading = [new ReadingSpeed("p1", 300, 120, 150)] }),
        };
        attempts[0].OutageCount = 1;
        await app.WithDbAsync(db => { db.Attempts.AddRange(attempts); return db.SaveChangesAsync(); });
        // The report's words agree: each of the three has a flag, the clean one none.
        foreach (var a in attempts)
            Assert.Equal(a.ApplicationId != clean.Id, IntegrityFlags.Of(a, JsonSerializer.Deserialize<AttemptDetail>(a.Detail!, AttemptFinaliser.Json)).Count > 0);
        var recruiter = await Given.RecruiterAsync(app);

        var (_, flagged) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Flagged=true&Cols=flags");
        Assert.Equal(new[] { outage.Id, typing.Id, skimmed.Id }.Order(), ApplicationSearchTests<TApp>.Ids(flagged).Order());
        Assert.All(flagged.QuerySelectorAll("#bulk tbody tr"), tr => Assert.Equal("1", tr.QuerySelectorAll("td").Last().TextContent.Trim()));
        var (_, unflagged) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Flagged=false");
        Assert.Equal(new[] { clean.Id }, ApplicationSearchTests<TApp>.Ids(unflagged));
    }
}

public class SqliteListColumnTests(SqliteApp app) : ListColumnTests<SqliteApp>(app);
public class PostgresListColumnTests(PostgresApp app) : ListColumnTests<PostgresApp>(app);

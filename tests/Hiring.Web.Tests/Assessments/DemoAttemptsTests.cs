using Hiring.Core.Assessments.Scoring;
using Hiring.Core.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

public abstract class DemoAttemptsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    [Fact]
    public async Task Demo_applicants_past_testing_have_scored_attempts_and_a_composite_made_from_them()
    {
        var apps = await app.WithDbAsync(db => db.Applications.AsNoTracking()
            // English posts: the fixture bank has English items for every test kind (the Chinese demo post's tests are checked
            // on the real banks, DemoStatisticsTests).
            .Where(a => a.Candidate!.IsDemo && a.Post!.Language == "en" && a.History.Any(h => h.To == Stage.Tested))
            .Select(a => new { a.Id, a.CompositeScore, Battery = a.Post!.Battery.Select(t => new { t.Id, t.Weight }).ToList() }).ToListAsync());
        Assert.NotEmpty(apps);
        foreach (var a in apps)
        {
            var attempts = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Include(t => t.Answers).Where(t => t.ApplicationId == a.Id).ToListAsync());
            Assert.Equal(a.Battery.Count, attempts.Count); // the fixture bank has items for every test kind
            Assert.All(attempts, t => Assert.True(t.SubmittedAt is not null && t.Percent is >= 0 and <= 100 && t.Detail is not null));
            // Every answer is kept with the time it was saved, in order, inside the attempt: the item analysis reads the times.
            Assert.All(attempts, t =>
            {
                var saved = t.Answers.OrderBy(x => x.Seq).Select(x => x.SavedAt).ToList();
                Assert.NotEmpty(saved);
                Assert.All(saved, at => Assert.InRange(at, t.StartedAt, t.SubmittedAt!.Value));
                Assert.Equal(saved.Order(), saved);
            });
            var expected = Composite.Of(attempts.Select(t => new WeightedPercent(t.Percent!.Value, a.Battery.Single(b => b.Id == t.BatteryTestId).Weight)));
            Assert.Equal(expected, a.CompositeScore);
        }
    }
}

public class DemoAttemptsTests_Sqlite(SqliteAttemptApp app) : DemoAttemptsTests<SqliteAttemptApp>(app);
public class DemoAttemptsTests_Postgres(PostgresAttemptApp app) : DemoAttemptsTests<PostgresAttemptApp>(app);

using System.Net;
using System.Text;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Assessments;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Multitask;

/// <summary>
/// The simulation app where the server speaks: Debian's espeak-ng (tests/run.sh installs it) behind a small wrapper that
/// writes down the arguments of every run (<see cref="SpeechLog"/>), so a test can see which voice spoke a line.
/// </summary>
public abstract class ListeningApp : MultitaskApp
{
    private readonly string _folder = TestEnvironment.NewTempFolder("espeak");
    public string SpeechLog => Path.Combine(_folder, "runs.log");

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            var wrapper = Path.Combine(_folder, "espeak-ng");
            File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$*\" >> '{SpeechLog}'\nexec /usr/bin/espeak-ng \"$@\"\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            settings["Assessments:Espeak"] = wrapper;
            return settings;
        }
    }
}

public class SqliteListeningApp : ListeningApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresListeningApp : ListeningApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Listen and capture: where the server can speak, the call is heard line by line as each is due on the server's
/// clock and never written down; asking the caller to repeat is recorded for staff and never scored.</summary>
public abstract class ListeningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ListeningApp
{
    private static Task<HttpResponseMessage> ClipAsync(TestTaker taker, Guid attempt, int line) =>
        taker.Client.Http.GetAsync($"/Candidate/Tests/Take/{attempt}/CallLine?line={line}");

    [Fact]
    public async Task A_line_is_heard_only_once_it_is_due()
    {
        var shift = await Shift.StartAsync(app);
        shift.MoveTo(TimeSpan.FromMilliseconds(5_999));       // SIM-001's second line, the caller's, is said at 6 s
        Assert.Equal(HttpStatusCode.NotFound, (await ClipAsync(shift.Taker, shift.Attempt, 1)).StatusCode);

        shift.MoveTo(TimeSpan.FromSeconds(6));
        var clip = await ClipAsync(shift.Taker, shift.Attempt, 1);
        Assert.Equal(HttpStatusCode.OK, clip.StatusCode);
        Assert.Equal("audio/wav", clip.Content.Headers.ContentType?.MediaType);
        var wav = await clip.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
        var data = wav.AsSpan().IndexOf("data"u8);
        Assert.True(data > 0 && BitConverter.ToInt32(wav, data + 4) > 0, "the clip holds no sound");
        Assert.Equal(HttpStatusCode.NotFound, (await ClipAsync(shift.Taker, shift.Attempt, 2)).StatusCode); // said at 15 s
        Assert.Equal(HttpStatusCode.NotFound, (await ClipAsync(shift.Taker, shift.Attempt, -1)).StatusCode);
    }

    [Fact]
    public async Task A_granted_request_for_no_audio_shows_the_transcript_and_serves_no_clip()
    {
        var shift = await Shift.StartAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.AccommodationRequests.Add(new AccommodationRequest
            {
                ApplicationId = shift.Taker.ApplicationId, NoAudio = true, Note = "I am deaf.", Status = AccommodationStatus.Granted,
                RequestedAt = DateTime.UtcNow, DecidedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return 0;
        });

        var (_, page) = await shift.Taker.Client.GetPageAsync($"/Candidate/Tests/Take/{shift.Attempt}");
        Assert.Null(page.QuerySelector("button#sim-listen"));
        Assert.Null(page.QuerySelector("li#sim-line-0")!.GetAttribute("data-audio"));
        Assert.Contains("Lumen Home", page.QuerySelector("li#sim-line-0")!.TextContent);
        Assert.Equal("The call is shown as a written transcript, as agreed for your adjustment (no audio).", page.QuerySelector("#sim-audio-note")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await ClipAsync(shift.Taker, shift.Attempt, 0)).StatusCode);
    }

    [Fact]
    public async Task The_page_and_its_poll_carry_each_line_as_a_clip_and_not_its_words()
    {
        var shift = await Shift.StartAsync(app);
        var (_, page) = await shift.Taker.Client.GetPageAsync($"/Candidate/Tests/Take/{shift.Attempt}");
        Assert.NotNull(page.QuerySelector("button#sim-listen"));
        Assert.NotNull(page.QuerySelector("button#sim-repeat"));
        Assert.Equal($"/Candidate/Tests/Take/{shift.Attempt}/CallLine?line=0", page.QuerySelector("li#sim-line-0")!.GetAttribute("data-audio"));
        Assert.DoesNotContain("you are speaking with Alex", page.DocumentElement.OuterHtml);

        shift.MoveTo(TimeSpan.FromSeconds(6));
        var (_, fragment) = await shift.ArrivedAsync(lines: 1);
        Assert.Equal($"/Candidate/Tests/Take/{shift.Attempt}/CallLine?line=1", fragment.QuerySelector("li#sim-line-1")!.GetAttribute("data-audio"));
        Assert.DoesNotContain("Ingrid Novak", fragment.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_chinese_scenario_is_spoken_in_mandarin_and_an_english_one_in_english_with_caller_and_agent_apart()
    {
        var zh = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Multitask, 7, 60, 1));
        await zh.PostInAsync("zh-Hans");
        var zhAttempt = await zh.StartAsync(TestKind.Multitask);
        Assert.Equal(HttpStatusCode.OK, (await ClipAsync(zh, zhAttempt, 0)).StatusCode);   // 小周, the agent
        Assert.Matches(@"^-v cmn -p 40 .*SIM-ZH-001-v\d+-0\.wav", File.ReadLines(app.SpeechLog).Last());

        var shift = await Shift.StartAsync(app);
        shift.MoveTo(TimeSpan.FromSeconds(6));
        Assert.Equal(HttpStatusCode.OK, (await ClipAsync(shift.Taker, shift.Attempt, 1)).StatusCode); // Ingrid, the caller
        Assert.Matches(@"^-v en-gb\+f3 -p 60 .*SIM-001-v\d+-1\.wav", File.ReadLines(app.SpeechLog).Last());
    }

    [Fact]
    public async Task Asking_the_caller_to_repeat_is_recorded_for_staff_and_not_scored()
    {
        var shift = await Shift.StartAsync(app);
        await shift.SendAsync(7, "repeat", "1");
        await shift.PlayAsync();
        await shift.SendAsync(180, "repeat", "15");
        var (refused, _, _) = await shift.Taker.SaveAsync(shift.Attempt, "SIM-001#r", 99, new { sim = new { type = "repeat", @ref = "999" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal(HttpStatusCode.Redirect, (await shift.SubmitAsync()).StatusCode);

        var attempt = await shift.Taker.AttemptAsync(shift.Attempt);
        Assert.Equal(100, attempt.Percent);
        var detail = JsonSerializer.Deserialize<AttemptDetail>(attempt.Detail!, AttemptFinaliser.Json)!.Multitask!;
        Assert.Equal(2, detail.Repeats);
        Assert.All(detail.Tasks, t => Assert.Equal(1, t.Credit));
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={shift.Taker.ApplicationId}");
        Assert.Equal("Heard the call and asked the caller to repeat a line 2 times (not scored).", page.QuerySelector("[data-testid='sim-repeats']")!.TextContent);
    }
}

public class ListeningTests_Sqlite(SqliteListeningApp app) : ListeningTests<SqliteListeningApp>(app);
public class ListeningTests_Postgres(PostgresListeningApp app) : ListeningTests<PostgresListeningApp>(app);

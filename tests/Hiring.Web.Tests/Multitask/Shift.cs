using System.Net;
using AngleSharp.Html.Dom;
using Hiring.Core.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Assessments;

namespace Hiring.Web.Tests.Multitask;

/// <summary>A candidate's shift on SIM-001 (the inbound post's scenario), played through the test page's Save handler
/// with the server's clock moved to each event's second.</summary>
public sealed class Shift(MultitaskApp app, TestTaker taker, Guid attempt)
{
    private long _seq;
    private TimeSpan _now;
    public TestTaker Taker => taker;
    public Guid Attempt => attempt;

    public static async Task<Shift> StartAsync(MultitaskApp app)
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Multitask, 7, 60, 1));
        return new Shift(app, taker, await taker.StartAsync(TestKind.Multitask));
    }

    /// <summary>Moves the server's clock forward to <paramref name="at"/> into the shift (never back).</summary>
    public void MoveTo(TimeSpan at)
    {
        if (at > _now) { app.Clock.Advance(at - _now); _now = at; }
    }

    /// <summary>What the page's poll receives when it already shows <paramref name="lines"/> call lines and <paramref name="messages"/> chats.</summary>
    public async Task<(HttpStatusCode Status, IHtmlDocument Fragment)> ArrivedAsync(int lines = 0, int messages = 0)
    {
        var response = await taker.Client.GetAsync($"/Candidate/Tests/Take/{attempt}/Arrived?lines={lines}&messages={messages}");
        return (response.StatusCode, await PageClient.ParseAsync(response));
    }

    /// <summary>Moves the server's clock to <paramref name="second"/> of the shift and sends the event.</summary>
    public async Task SendAsync(int second, string type, string? @ref, string? text = null, long? atMs = null)
    {
        MoveTo(TimeSpan.FromSeconds(second));
        var (status, _, raw) = await taker.SaveAsync(attempt, $"SIM-001#e{_seq}", ++_seq, new { sim = new { type, @ref, text, atMs } });
        Assert.True(status == HttpStatusCode.OK, raw);
    }

    /// <summary>Everything SIM-001 asks, done right and in time (M1 arrives at 30 s, M2 at 120 s, the urgent M3 at 165 s);
    /// <paramref name="skip"/> leaves out the reply to that message, <paramref name="street"/> goes into the street field.</summary>
    public async Task PlayAsync(string? skip = null, string street = "27 Linden Court")
    {
        if (skip != "M1") await SendAsync(35, "reply", "M1", "Yes, you can change the colour until 2 days before dispatch.");
        await SendAsync(40, "field", "street", street);
        await SendAsync(41, "field", "town", "Harwick");
        await SendAsync(62, "field", "postcode", "HW6 3PQ");
        await SendAsync(70, "field", "phone", "0161 496 0732");
        await SendAsync(100, "search", null, "late delivery");
        await SendAsync(102, "open", "KB-2");
        await SendAsync(110, "answer", "T3", "50");
        if (skip != "M2") await SendAsync(125, "reply", "M2", "Sorry for the wait. Yes, we deliver on Saturdays.");
        await SendAsync(170, "reply", "M3", "I am so sorry. Please keep your boy away from the glass; my team leader will call you now.");
        await SendAsync(171, "escalate", "M3");
    }

    public Task<HttpResponseMessage> SubmitAsync() => taker.SubmitFormAsync(attempt);
}

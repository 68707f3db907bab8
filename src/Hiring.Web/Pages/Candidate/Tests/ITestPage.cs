using Hiring.Core.Assessments;
using Hiring.Web.Assessments;

namespace Hiring.Web.Pages.Candidate.Tests;

/// <summary>
/// What the test page (_TestPage) shows and where its script talks to: a real attempt (<see cref="TakeModel"/>) or a
/// practice round (<see cref="PracticeModel"/>), so that practice looks and works exactly like the test.
/// </summary>
public interface ITestPage
{
    string Title { get; }
    string PostTitle { get; }
    TestKind Kind { get; }
    TimeSpan Allowed { get; }
    bool ExtraTime { get; }
    SaveResponse State { get; }
    List<ItemSlot> Items { get; }
    MultitaskView? Simulation { get; }
    long SeqBase { get; }
    bool KeepPassageVisible { get; }
    bool IsPractice { get; }
    /// <summary>Names the page's answers on this device (the script's offline queue in localStorage).</summary>
    string PageKey { get; }
    /// <summary>The address the script adds Save, Heartbeat and Arrived to.</summary>
    string ScriptBase { get; }
    /// <summary>Where the simulation asks for arrivals, when not at <see cref="ScriptBase"/>/Arrived.</summary>
    string? ArrivedUrl { get; }

    bool IsLastTwoMinutes => State.RemainingSeconds <= (Allowed.TotalSeconds > 120 ? 120 : 30);
}

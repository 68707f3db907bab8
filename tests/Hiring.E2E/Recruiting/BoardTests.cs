using System.Text.RegularExpressions;
using Hiring.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Hiring.E2E.Recruiting;

/// <summary>
/// The pipeline board in Chromium with the demo data, under the app's CSP: a card dragged or moved by keys
/// is moved on the server (it stays there after a reload); a drop the rules refuse changes nothing.
/// </summary>
public class BoardTests(AppAndBrowser fixture) : IClassFixture<AppAndBrowser>
{
    private const string Recruiter = "recruiter@demo.hiring.local";

    /// <summary>A card, the column it is in, and the column next to it (to the right, or to the left).</summary>
    private sealed record Found(string Board, string Id, string Name, string From, string To);

    [Fact]
    public async Task A_card_dragged_to_the_next_column_moves_and_stays_moved_after_a_reload()
    {
        var (page, violations) = await BoardPageAsync();
        var card = await FindAsync(page, forward: true);
        var before = await CountAsync(page, card.To);

        await DragAsync(page, card, card.To);

        await Assertions.Expect(page.Locator("#board-live")).ToContainTextAsync($"Moved {card.Name} to ");
        await Assertions.Expect(page.Locator($".board-column[data-stage={card.To}] .board-card[data-id='{card.Id}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($".board-column[data-stage={card.To}] .board-count")).ToHaveTextAsync((before + 1).ToString());
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($".board-column[data-stage={card.To}] .board-card[data-id='{card.Id}']")).ToHaveCountAsync(1);
        Assert.Equal(before + 1, await CountAsync(page, card.To));
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_card_moves_by_keyboard_alone_and_a_move_back_is_refused_aloud()
    {
        var (page, violations) = await BoardPageAsync();
        var card = await FindAsync(page, forward: true);
        // Keyboard only: the card's link takes focus, Shift+Tab goes to the card itself.
        await Card(page, card).Locator("a").First.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(Card(page, card)).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(page.Locator("#board-live")).ToContainTextAsync($"Moved {card.Name} to ");
        var moved = page.Locator($".board-column[data-stage={card.To}] .board-card[data-id='{card.Id}']");
        await Assertions.Expect(moved).ToHaveCountAsync(1);
        await Assertions.Expect(moved).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("ArrowLeft");

        await Assertions.Expect(page.Locator("#board-live")).ToContainTextAsync("Nothing was changed");
        await Assertions.Expect(page.Locator("#board-live")).ToHaveClassAsync(new Regex("board-refused"));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($".board-column[data-stage={card.To}] .board-card[data-id='{card.Id}']")).ToHaveCountAsync(1);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_drop_the_rules_refuse_changes_nothing_and_a_drop_on_rejected_asks_for_the_reason()
    {
        var (page, violations) = await BoardPageAsync();
        var card = await FindAsync(page, forward: false);
        var counts = await page.Locator(".board-count").AllInnerTextsAsync();

        await DragAsync(page, card, card.To);

        await Assertions.Expect(page.Locator("#board-live")).ToContainTextAsync("Nothing was changed");
        await Assertions.Expect(page.Locator($".board-column[data-stage={card.From}] .board-card[data-id='{card.Id}']")).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($".board-column[data-stage={card.From}] .board-card[data-id='{card.Id}']")).ToHaveCountAsync(1);
        Assert.Equal(counts, await page.Locator(".board-count").AllInnerTextsAsync());

        await DragAsync(page, card, "Rejected");

        var reason = Card(page, card).Locator("input[name=reason]");
        await Assertions.Expect(reason).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#board-live")).ToContainTextAsync("Give a reason for the rejection");
        await reason.FillAsync("The post needs weekend shifts.");
        await reason.PressAsync("Enter");
        await Assertions.Expect(page.Locator($".board-column[data-stage=Rejected] .board-card[data-id='{card.Id}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#board-live")).ToContainTextAsync($"Moved {card.Name} to Rejected; the e-mail is queued.");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task On_a_390_px_phone_the_columns_scroll_inside_the_board_not_the_page()
    {
        var page = await fixture.SignedInPageAsync(Recruiter);
        await fixture.LandsOnAsync(page, "/Recruiting");
        await page.SetViewportSizeAsync(390, 800);
        await FindAsync(page, forward: true);

        var widths = await page.EvaluateAsync<int[]>("() => { const b = document.getElementById('board'), d = document.documentElement; return [d.scrollWidth, d.clientWidth, b.scrollWidth, b.clientWidth]; }");

        Assert.True(widths[0] <= widths[1], $"the page scrolls sideways: {widths[0]} > {widths[1]} px");
        Assert.True(widths[2] > widths[3], $"the board does not scroll: {widths[2]} ≤ {widths[3]} px");
    }

    /// <summary>
    /// Drags a card with the mouse onto a column. The board is wider than the screen: as the browser scrolls a box when a drag
    /// nears its edge, the column is scrolled into view once the drag has begun.
    /// </summary>
    private static async Task DragAsync(IPage page, Found card, string stage)
    {
        var column = page.Locator($".board-column[data-stage={stage}]");
        await Card(page, card).HoverAsync();
        var from = (await Card(page, card).BoundingBoxAsync())!;
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + from.Width / 2 + 8, from.Y + from.Height / 2 + 8, new() { Steps = 2 });
        await column.EvaluateAsync("c => c.scrollIntoView({ inline: 'nearest', block: 'nearest' })");
        var to = (await column.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + 24, new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    private static ILocator Card(IPage page, Found card) => page.Locator($".board-card[data-id='{card.Id}']");

    private static async Task<int> CountAsync(IPage page, string stage) =>
        int.Parse(await page.Locator($".board-column[data-stage={stage}] .board-count").InnerTextAsync());

    private async Task<(IPage Page, List<string> Violations)> BoardPageAsync()
    {
        var page = await fixture.SignedInPageAsync(Recruiter);
        await fixture.LandsOnAsync(page, "/Recruiting");
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) violations.Add($"{page.Url}: {m.Text}"); };
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline')))");
        return (page, violations);
    }

    /// <summary>
    /// Goes through the demo posts' boards to a card whose next column is a move the rules allow (<paramref name="forward"/>),
    /// or to one past the first column, whose previous column never is; leaves the page on that board.
    /// </summary>
    private static async Task<Found> FindAsync(IPage page, bool forward)
    {
        await page.GotoAsync("/Recruiting/Posts");
        var boards = await page.EvalOnSelectorAllAsync<string[]>("a[href^='/Recruiting/Board/']", "links => links.map(a => a.getAttribute('href'))");
        foreach (var board in boards)
        {
            await page.GotoAsync(board);
            var found = await page.EvaluateAsync<string[]?>(@"forward => {
                const columns = [...document.querySelectorAll('.board-column')];
                for (const card of document.querySelectorAll('.board-card')) {
                    const at = columns.indexOf(card.closest('.board-column'));
                    const to = columns[forward ? at + 1 : at - 1]?.dataset.stage;
                    const allowed = card.dataset.moves.split(' ').includes(to);
                    if (to && to !== 'Rejected' && to !== 'Withdrawn' && allowed === forward && (forward || card.dataset.moves.includes('Rejected')))
                        return [card.dataset.id, card.querySelector('a').textContent, columns[at].dataset.stage, to];
                }
                return null;
            }", forward);
            if (found is not null) return new(board, found[0], found[1], found[2], found[3]);
        }
        throw new InvalidOperationException($"No demo board has a card to move {(forward ? "forward" : "back")}.");
    }
}

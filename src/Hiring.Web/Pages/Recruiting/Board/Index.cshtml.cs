using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Localization;
using Hiring.Web.Pages.Recruiting.Applications;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Board;

/// <summary>
/// One post's pipeline as a board: a column per stage with its count, the best-scored cards in each.
/// A card moves through <see cref="BulkActions"/>, so under the same rules, history, audit and mails as
/// the list's bulk actions. The form works without script; board.js posts the same form for drag and keys.
/// </summary>
public class IndexModel(HiringDbContext db, BulkActions bulk, IStringLocalizer<IndexModel> text) : PageModel
{
    /// <summary>Cards shown per column; the rest are a link to the list filtered by post and stage.</summary>
    public const int CardsPerColumn = 50;

    public sealed record Column(Stage Stage, int Count, List<ApplicationRow> Cards);
    public sealed record Card(ApplicationRow Row, bool Flagged, IReadOnlyList<Stage> Moves, int PostId);
    public sealed record Move(string Value, string Name);
    public sealed record Outcome(bool Done, string Message, string? Stage = null, IReadOnlyList<Move>? Moves = null);

    public int PostId { get; private set; }
    public string Title { get; private set; } = "";
    public bool HasTests { get; private set; }
    public List<Column> Columns { get; } = [];
    public HashSet<Guid> Flagged { get; private set; } = [];

    public Card CardOf(ApplicationRow row) => new(row, Flagged.Contains(row.Id), StageRules.Next(row.Stage, HasTests), PostId);

    public async Task<IActionResult> OnGetAsync(int postId)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(p => new { p.Title, HasTests = p.Battery.Count > 0 }).SingleOrDefaultAsync();
        if (post is null) return NotFound();
        (PostId, Title, HasTests) = (postId, post.Title, post.HasTests);
        var counts = await db.Applications.AsNoTracking().Where(a => a.PostId == postId).GroupBy(a => a.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count);
        foreach (var stage in Enum.GetValues<Stage>())
        {
            // The list's own filter and sort (best composite first, unscored last), so "and N more" continues where the column stops.
            var filter = new ApplicationFilter { PostId = postId, Stage = stage };
            var count = counts.GetValueOrDefault(stage);
            var cards = count == 0 ? [] : await ApplicationRows.Project(filter.Sorted(filter.Apply(db.Applications.AsNoTracking()), db.Database.IsSqlite()).Take(CardsPerColumn)).ToListAsync();
            Columns.Add(new(stage, count, cards));
        }
        var shown = Columns.SelectMany(c => c.Cards).Select(r => r.Id).ToList();
        Flagged = [.. await new ApplicationFilter { Flagged = true }.Apply(db.Applications.AsNoTracking().Where(a => shown.Contains(a.Id))).Select(a => a.Id).ToListAsync()];
        return Page();
    }

    /// <summary>Moves one card; a move to Rejected needs its reason, as <see cref="BulkActions"/> asks for every rejection (it goes into the mail).</summary>
    public async Task<IActionResult> OnPostMoveAsync(int postId, Guid id, Stage? to, string? reason)
    {
        var card = await db.Applications.AsNoTracking().Where(a => a.Id == id && a.PostId == postId)
            .Select(a => new { a.FullName, HasTests = a.Post!.Battery.Count > 0 }).SingleOrDefaultAsync();
        Outcome outcome;
        if (card is null) outcome = new(false, text["That application is not on this post's board; reload the board."]);
        else
        {
            var result = await bulk.RunAsync([id], BulkAction.Move, to, reason, User.FindFirstValue(ClaimTypes.NameIdentifier));
            outcome = !result.Done || to is not { } stage ? new(false, result.Message) : new(true,
                BulkActions.MailFor(stage) is null ? text["Moved {0} to {1}.", card.FullName, DisplayNames.Of(stage)] : text["Moved {0} to {1}; the e-mail is queued.", card.FullName, DisplayNames.Of(stage)],
                stage.ToString(), [.. StageRules.Next(stage, card.HasTests).Select(s => new Move(s.ToString(), DisplayNames.Of(s)))]);
        }
        if (Request.Headers.Accept.ToString().Contains("application/json")) return new JsonResult(outcome);
        TempData["Status"] = outcome.Message;
        return RedirectToPage(new { postId });
    }
}

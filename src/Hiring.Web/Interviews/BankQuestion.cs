using System.Text.Json;
using Hiring.Core.Interviews;
using Hiring.Web.Domain;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Interviews;

/// <summary>
/// One interview question of the bank at one version, as staff read it (full seed content) and as the
/// kit rules see it. <see cref="Retired"/>: no version of the question is in use any more;
/// <see cref="Superseded"/>: this version was edited into a newer one.
/// </summary>
public sealed record BankQuestion(InterviewQuestion Content, bool IsCurrent, string SourceFile, bool Retired)
{
    public string Id => Content.Id;
    public int Version => Content.Version;
    public bool Superseded => !IsCurrent && !Retired;

    public KitQuestion ForKit() => new(Content.Id, Content.Version, Content.Category, Content.PostTypes, Content.Competencies,
        Content.Minutes, Content.Experience, Content.SwapFor);

    /// <param name="currentIds">Ids with a current version; without it a non-current row counts as retired.</param>
    public static BankQuestion From(BankItem row, IReadOnlySet<string>? currentIds = null) =>
        new(JsonSerializer.Deserialize<InterviewQuestion>(row.Content, SeedLoader.Json)!, row.IsCurrent, row.SourceFile,
            currentIds is null ? !row.IsCurrent : !currentIds.Contains(row.Id));
}

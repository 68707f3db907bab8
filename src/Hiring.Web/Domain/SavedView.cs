namespace Hiring.Web.Domain;

/// <summary>
/// A recruiter's named view of the applicant list: the list's query string (filters, sort,
/// columns), nothing about any candidate. Deleted with its owner's account.
/// </summary>
public class SavedView
{
    public const int MaxName = 100;
    public const int MaxQuery = 2000;

    public int Id { get; set; }
    public required string UserId { get; set; }
    public string Name { get; set; } = "";
    public string Query { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

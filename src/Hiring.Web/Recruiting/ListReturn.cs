namespace Hiring.Web.Recruiting;

/// <summary>
/// "Back to the list" from an applicant: the filtered list the recruiter came from, passed as
/// <c>back</c> on the row links. Only the list's own path is accepted, so the parameter cannot
/// send anyone to another site (no open redirect).
/// </summary>
public static class ListReturn
{
    public const string ListPath = "/Recruiting/Applications";

    public static string For(string? back, int postId) => IsList(back) ? back! : $"{ListPath}?PostId={postId}";

    public static bool IsList(string? url) =>
        url is not null && (url == ListPath || url.StartsWith(ListPath + "?", StringComparison.Ordinal)) && !url.Any(char.IsControl);
}

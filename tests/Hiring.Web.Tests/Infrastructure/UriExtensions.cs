namespace Hiring.Web.Tests.Infrastructure;

public static class UriExtensions
{
    /// <summary>Path and query of a Location header, whether the app sent it relative or absolute.</summary>
    public static string PathAndQuery(this Uri location, HiringApp app) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}

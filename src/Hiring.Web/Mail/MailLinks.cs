using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Mail;

/// <summary>
/// Absolute links for mails, never built from request headers (a forged Host would otherwise receive reset tokens):
/// Mail:PublicBaseUrl, which start-up requires outside Development; in Development without it, the address the app
/// listens on (--urls / launch settings), else http://localhost.
/// </summary>
public sealed class MailLinks(IOptions<MailOptions> options, IServer server)
{
    public string Base =>
        (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? Listening ?? "http://localhost" : options.Value.PublicBaseUrl).TrimEnd('/');

    public string To(string path) => Base + path;

    /// <summary>The first address the server listens on that a person can open (not a wildcard).</summary>
    private string? Listening => server.Features.Get<IServerAddressesFeature>()?.Addresses
        .FirstOrDefault(a => !a.Contains('*') && !a.Contains("://+") && !a.Contains("0.0.0.0") && !a.Contains("[::]"));
}

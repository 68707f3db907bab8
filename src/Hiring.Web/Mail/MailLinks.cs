using Microsoft.Extensions.Options;

namespace Hiring.Web.Mail;

/// <summary>Absolute links for mails: Mail:PublicBaseUrl, else the current request's host, else localhost (background jobs).</summary>
public sealed class MailLinks(IOptions<MailOptions> options, IHttpContextAccessor http)
{
    public string To(string path)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/') + path;
        var request = http.HttpContext?.Request;
        return request is null ? "http://localhost" + path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}

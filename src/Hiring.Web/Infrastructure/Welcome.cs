using Hiring.Web.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Infrastructure;

/// <summary>Prints where the app listens and, with demo data on, the demo logins.</summary>
public static class Welcome
{
    public static void PrintWelcome(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        var lines = new List<string> { "", "Hiring is running:" };
        lines.AddRange(addresses.Select(a => "  " + a.Replace("[::]", "localhost").Replace("0.0.0.0", "localhost")));
        if (demo.Enabled ?? app.Environment.IsDevelopment())
        {
            lines.Add($"Demo logins (password for all: {demo.Password}):");
            lines.AddRange(DemoLogins.All.Select(l => $"  {l.Role,-14} {l.Email}"));
        }
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}

using Hiring.Web.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Infrastructure;

/// <summary>Prints where the app listens and, with demo data on, the demo logins (at once, or once the demo made in the
/// background is ready).</summary>
public static class Welcome
{
    public static void PrintWelcome(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        var lines = new List<string> { "", "Hiring is running:" };
        lines.AddRange(addresses.Select(a => "  " + a.Replace("[::]", "localhost").Replace("0.0.0.0", "localhost")));
        if (app.Services.GetRequiredService<DemoInBackground>().Applies)
            lines.Add("Checking the demo data (a fresh database takes a few seconds to fill); the demo logins follow.");
        else if (demo.IsOn(app.Environment))
            lines.AddRange(DemoLoginLines(demo));
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
        var (wall, cpu) = AppLifetime.SinceProcessStart();
        app.Logger.LogInformation("Listening {Elapsed:0} ms after the process started (CPU {Cpu:0} ms)", wall.TotalMilliseconds, cpu.TotalMilliseconds);
    }

    public static void PrintDemoLogins(DemoOptions demo) =>
        Console.WriteLine(string.Join(Environment.NewLine, ["", .. DemoLoginLines(demo), ""]));

    private static IEnumerable<string> DemoLoginLines(DemoOptions demo) =>
        [$"Demo logins (password for all: {demo.Password}):", .. DemoLogins.All.Select(l => $"  {l.Role,-14} {l.Email}")];
}

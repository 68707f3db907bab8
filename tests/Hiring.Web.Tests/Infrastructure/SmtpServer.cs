using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Hiring.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd on a free loopback port, storing every message in a Maildir
/// that tests read. <see cref="StopAsync"/> / <see cref="StartAsync"/> let a test take it down and bring it back.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private Process? _process;
    public int Port { get; } = FreePort();
    /// <summary>Left for aiosmtpd to create: Python's Maildir only makes tmp/new/cur when it makes the folder.</summary>
    public string MailDir { get; } = Path.Combine(TestEnvironment.NewTempFolder("smtp"), "maildir");

    public static async Task<SmtpServer> StartNewAsync()
    {
        var server = new SmtpServer();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python))
            throw new InvalidOperationException("/usr/bin/python3 is missing: run tests/run.sh (it installs python3-aiosmtpd).");
        var psi = new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        _process = Process.Start(psi)!;
        for (var i = 0; i < 100; i++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"aiosmtpd did not start ({await _process.StandardError.ReadToEndAsync()}). Run tests/run.sh, which installs python3-aiosmtpd.");
            if (await CanConnectAsync()) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("aiosmtpd did not listen within 5 s");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Every message delivered so far to <paramref name="to"/>.</summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string to) =>
        Directory.EnumerateFiles(MailDir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) is "new" or "cur")
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>Waits (bounded) for a message to <paramref name="to"/> — delivery may be asynchronous.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(string to, Func<MimeMessage, bool>? match = null, int timeoutMs = 10_000)
    {
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < timeoutMs)
        {
            var found = MessagesTo(to).FirstOrDefault(m => match?.Invoke(m) ?? true);
            if (found is not null) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No mail to {to} arrived within {timeoutMs} ms");
    }

    private async Task<bool> CanConnectAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Hiring.E2E.Infrastructure;

/// <summary>
/// An SMTP server that is slow on purpose: Debian's aiosmtpd on a loopback port, storing each message
/// in a Maildir. <see cref="Mode.StoreThenPause"/> keeps the message and only then waits before saying
/// "250 OK" — a sender killed during that pause never learns the mail was accepted (the outbox's
/// at-least-once window). <see cref="Mode.PauseThenStore"/> waits first, so a dropped connection loses nothing.
/// </summary>
public sealed class MailSink : IAsyncDisposable
{
    public enum Mode { PauseThenStore, StoreThenPause }

    private const string Script = """
        import asyncio, mailbox, os, sys, uuid
        from aiosmtpd.smtp import SMTP
        port, folder, pause, mode = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), sys.argv[4]
        box = mailbox.Maildir(folder, create=True)
        os.makedirs(folder + '-receiving', exist_ok=True)
        class Handler:
            async def handle_DATA(self, server, session, envelope):
                if mode == 'StoreThenPause':
                    box.add(envelope.original_content)
                    await asyncio.sleep(pause)
                else:
                    open(os.path.join(folder + '-receiving', uuid.uuid4().hex), 'w').close()
                    await asyncio.sleep(pause)
                    # Like an MTA that takes the mail only if it can still say so: a sender gone during the pause gets nothing kept.
                    if server.transport is None or server.transport.is_closing():
                        return '421 Client gone'
                    box.add(envelope.original_content)
                return '250 OK'
        async def main():
            server = await asyncio.get_running_loop().create_server(lambda: SMTP(Handler()), '127.0.0.1', port)
            await server.serve_forever()
        asyncio.run(main())
        """;

    private Process? _process;
    public int Port { get; } = FreePort();
    public string MailDir { get; } = Path.Combine(Path.GetTempPath(), "hiring-e2e", "smtp-" + Guid.NewGuid().ToString("N"));

    public static async Task<MailSink> StartAsync(TimeSpan pause, Mode mode)
    {
        var sink = new MailSink();
        var psi = new ProcessStartInfo("/usr/bin/python3", ["-c", Script, sink.Port.ToString(), sink.MailDir, pause.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), mode.ToString()])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        sink._process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start (run tests/run.sh: it installs python3-aiosmtpd)");
        for (var i = 0; i < 200; i++)
        {
            if (sink._process.HasExited) throw new InvalidOperationException("aiosmtpd did not start: " + await sink._process.StandardError.ReadToEndAsync());
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, sink.Port);
                return sink;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        throw new TimeoutException("aiosmtpd did not listen within 10 s");
    }

    /// <summary>Settings that send an app's mail here, with a short poll and a short lease so a dead sender's rows come back quickly.</summary>
    public Dictionary<string, string> AppSettings(TimeSpan lease) => new()
    {
        ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = Port.ToString(), ["Mail:Security"] = "None",
        ["Mail:Outbox:PollInterval"] = "00:00:00.200", ["Mail:Outbox:Lease"] = lease.ToString("c"),
    };

    /// <summary>How many copies of each Message-Id arrived.</summary>
    public Dictionary<string, int> CopiesByMessageId() => !Directory.Exists(Path.Combine(MailDir, "new")) ? [] :
        Directory.EnumerateFiles(Path.Combine(MailDir, "new")).Select(f => MimeMessage.Load(f).MessageId ?? "(none)")
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>How many messages the server has started to receive (PauseThenStore): one more than <see cref="Count"/> while one waits.</summary>
    public int Receiving => Directory.Exists(MailDir + "-receiving") ? Directory.EnumerateFiles(MailDir + "-receiving").Count() : 0;

    public int Count => Directory.Exists(Path.Combine(MailDir, "new")) ? Directory.EnumerateFiles(Path.Combine(MailDir, "new")).Count() : 0;

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(MailDir, recursive: true); Directory.Delete(MailDir + "-receiving", recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

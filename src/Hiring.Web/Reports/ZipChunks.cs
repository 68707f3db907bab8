namespace Hiring.Web.Reports;

/// <summary>
/// What <see cref="System.IO.Compression.ZipArchive"/> writes to, between us and the response body. The
/// archive still writes some records synchronously (data descriptors, the central directory), which
/// ASP.NET Core refuses on a response body; so it writes here, in memory, and after each entry the bytes
/// are moved on asynchronously. At most one entry (one PDF) is held at a time. Write-only, not seekable.
/// </summary>
public sealed class ZipChunks : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) { Write(buffer, offset, count); return Task.CompletedTask; }
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default) { Write(buffer.Span); return ValueTask.CompletedTask; }
    public override void Flush() { }
    public override Task FlushAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Sends what has been written so far to <paramref name="output"/> and forgets it.</summary>
    public async Task MoveToAsync(Stream output, CancellationToken ct)
    {
        if (_pending.Length == 0) return;
        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        await output.FlushAsync(ct);
        _pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Hiring.Web.Tests.Account;

/// <summary>
/// RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits), as an authenticator app
/// computes them, written out here so the tests use real codes and share no code with the app.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at, int stepOffset = 0) =>
        Code(Base32Decode(base32Key), at.ToUnixTimeSeconds() / 30 + stepOffset, 6);

    public static string Code(byte[] key, long step, int digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % (int)Math.Pow(10, digits);
        return binary.ToString().PadLeft(digits, '0');
    }

    /// <summary>A 6-digit code that is none of the codes valid around now (the app accepts a few steps either side).</summary>
    public static string WrongCode(string base32Key)
    {
        var valid = Enumerable.Range(-3, 7).Select(i => Code(base32Key, DateTimeOffset.UtcNow, i)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !valid.Contains(c));
    }

    public static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "").TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}

public class TotpTests
{
    [Theory]
    // RFC 6238 appendix B, SHA-1 key "12345678901234567890", 8 digits.
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    public void Codes_match_the_RFC_6238_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code("12345678901234567890"u8.ToArray(), unixSeconds / 30, 8));

    [Fact]
    public void Base32_decodes_as_RFC_4648_says() =>
        // RFC 4648 section 10: BASE32("foobar") = "MZXW6YTBOI======".
        Assert.Equal("foobar"u8.ToArray(), Totp.Base32Decode("mzxw 6ytb oi"));
}

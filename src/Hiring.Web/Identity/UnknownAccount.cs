using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Hiring.Web.Identity;

/// <summary>
/// Answers for an e-mail address that has no account as slowly as for a wrong password: the password
/// is verified with Identity's own hasher against a fixed hash, so the time a log-in or registration
/// takes does not tell which addresses have accounts.
/// </summary>
public sealed class UnknownAccount(IPasswordHasher<ApplicationUser> hasher)
{
    /// <summary>
    /// A PBKDF2 (HMAC-SHA512) hash in Identity's V3 format with 210,000 iterations, as real hashes are
    /// (<c>PasswordHasherOptions.IterationCount</c>; a test keeps the two equal). No password is known to match it.
    /// </summary>
    public const string DummyHash = "AQAAAAIAAzRQAAAAEAABAgMEBQYHCAkKCwwNDg9bLaQXumQHEBSq2DYqCMA+l95PZFNl9Cre1q7YdUldjg==";

    private static readonly ApplicationUser Nobody = new();

    /// <summary>Spends the hashing work a real account's password check would.</summary>
    public void VerifyPassword(string password) => hasher.VerifyHashedPassword(Nobody, DummyHash, password);
}

using System.Reflection;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Hiring.Web.Security;

/// <summary>
/// OWASP ASVS 4.0 2.1.7: refuse passwords found in breach lists, and ones built from the account's own
/// e-mail or name or a single repeated pattern. The list (<c>common-passwords.txt</c>, embedded) holds
/// well-known breached passwords of 12 characters or more; shorter ones already fail the length rule.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly HashSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var lower = password.ToLowerInvariant();
        var local = (user.Email ?? "").Split('@')[0].ToLowerInvariant();
        string? problem =
            Common.Contains(lower) ? "This password is on a list of passwords stolen in data breaches. Please choose another." :
            local.Length >= 4 && lower.Contains(local) ? "Your password must not contain your e-mail address." :
            IsRepetitive(lower) ? "Your password is a repeated pattern (like \"aaaa…\" or \"abcabc…\"). Please choose another." :
            null;
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = problem }));
    }

    /// <summary>True when the password is one short unit (up to 4 characters) repeated, e.g. "abab…" or "1111…".</summary>
    internal static bool IsRepetitive(string password)
    {
        for (var unit = 1; unit <= 4 && unit < password.Length; unit++)
        {
            var repeats = true;
            for (var i = unit; i < password.Length && repeats; i++) repeats = password[i] == password[i % unit];
            if (repeats) return true;
        }
        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Hiring.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Localization;

/// <summary>
/// Identity's own errors in the reader's language: the error code is the resource key; where a
/// language has no entry (English) Identity's own sentence stands.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> text) : IdentityErrorDescriber
{
    private IdentityError L(IdentityError error, params object[] args)
    {
        var s = text[error.Code, args];
        return s.ResourceNotFound ? error : new IdentityError { Code = error.Code, Description = s.Value };
    }

    public override IdentityError DefaultError() => L(base.DefaultError());
    public override IdentityError ConcurrencyFailure() => L(base.ConcurrencyFailure());
    public override IdentityError PasswordMismatch() => L(base.PasswordMismatch());
    public override IdentityError InvalidToken() => L(base.InvalidToken());
    public override IdentityError RecoveryCodeRedemptionFailed() => L(base.RecoveryCodeRedemptionFailed());
    public override IdentityError LoginAlreadyAssociated() => L(base.LoginAlreadyAssociated());
    public override IdentityError InvalidUserName(string? userName) => L(base.InvalidUserName(userName), userName ?? "");
    public override IdentityError InvalidEmail(string? email) => L(base.InvalidEmail(email), email ?? "");
    public override IdentityError DuplicateUserName(string userName) => L(base.DuplicateUserName(userName), userName);
    public override IdentityError DuplicateEmail(string email) => L(base.DuplicateEmail(email), email);
    public override IdentityError InvalidRoleName(string? role) => L(base.InvalidRoleName(role), role ?? "");
    public override IdentityError DuplicateRoleName(string role) => L(base.DuplicateRoleName(role), role);
    public override IdentityError UserAlreadyHasPassword() => L(base.UserAlreadyHasPassword());
    public override IdentityError UserLockoutNotEnabled() => L(base.UserLockoutNotEnabled());
    public override IdentityError UserAlreadyInRole(string role) => L(base.UserAlreadyInRole(role), role);
    public override IdentityError UserNotInRole(string role) => L(base.UserNotInRole(role), role);
    public override IdentityError PasswordTooShort(int length) => L(base.PasswordTooShort(length), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => L(base.PasswordRequiresUniqueChars(uniqueChars), uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => L(base.PasswordRequiresNonAlphanumeric());
    public override IdentityError PasswordRequiresDigit() => L(base.PasswordRequiresDigit());
    public override IdentityError PasswordRequiresLower() => L(base.PasswordRequiresLower());
    public override IdentityError PasswordRequiresUpper() => L(base.PasswordRequiresUpper());
}

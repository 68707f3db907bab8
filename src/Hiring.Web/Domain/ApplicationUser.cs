using Microsoft.AspNetCore.Identity;

namespace Hiring.Web.Domain;

/// <summary>An account: candidate or staff. Roles say which (see <see cref="Identity.Roles"/>).</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>True for accounts made by the demo data generator, so they are easy to tell apart.</summary>
    public bool IsDemo { get; set; }
    /// <summary>The language the user chose (a <see cref="Localization.Cultures"/> name), or null to follow the browser.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(16)]
    public string? Culture { get; set; }
}

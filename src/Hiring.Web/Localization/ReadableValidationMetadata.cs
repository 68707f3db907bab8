using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Localization;

/// <summary>
/// Two things the framework leaves to us. A property without a [Display] name is shown in words
/// ("ConfirmPassword" reads "Confirm password"), and a validation attribute without its own message
/// gets the framework's English sentence as its message, so the data-annotations localizer can
/// translate it (it only translates messages that are set).
/// </summary>
public sealed partial class ReadableValidationMetadata(IStringLocalizerFactory factory) : IDisplayMetadataProvider, IValidationMetadataProvider
{
    private readonly IStringLocalizer _text = factory.Create(typeof(SharedResource));

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataKind.Property) return;
        if (context.DisplayMetadata.DisplayName is not null || context.Attributes.OfType<DisplayAttribute>().Any(d => d.Name is not null)) return;
        var words = Words(context.Key.Name!);
        context.DisplayMetadata.DisplayName = () => _text[words];
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.Attributes.Concat(context.ValidationMetadata.ValidatorMetadata).OfType<ValidationAttribute>())
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && DefaultMessage(attribute) is { } message)
                attribute.ErrorMessage = message;
    }

    /// <summary>The framework's own English sentences, word for word, so English pages read as before.</summary>
    private static string? DefaultMessage(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "The {0} field is required.",
        StringLengthAttribute { MinimumLength: > 0 } => "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.",
        StringLengthAttribute => "The field {0} must be a string with a maximum length of {1}.",
        RangeAttribute => "The field {0} must be between {1} and {2}.",
        EmailAddressAttribute => "The {0} field is not a valid e-mail address.",
        MaxLengthAttribute => "The field {0} must be a string or array type with a maximum length of '{1}'.",
        MinLengthAttribute => "The field {0} must be a string or array type with a minimum length of '{1}'.",
        CompareAttribute => "'{0}' and '{1}' do not match.",
        PhoneAttribute => "The {0} field is not a valid phone number.",
        _ => null,
    };

    /// <summary>"ConfirmPassword" → "Confirm password"; "CvFile" → "Cv file"; acronyms ("PDF") stay as they are.</summary>
    public static string Words(string name)
    {
        var parts = WordBoundary().Split(name).Where(p => p.Length > 0).ToList();
        return string.Join(' ', parts.Select((p, i) => i == 0 || p.All(char.IsUpper) ? p : p.ToLowerInvariant()));
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}

using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hiring.Web.Infrastructure;

/// <summary>
/// Binds check boxes (bool) like the framework does, except that a value that is not a boolean
/// ("yes", a script, 10 kB of text) is recorded as false with a clear message. The framework keeps
/// the bad text as the attempted value, and the check-box tag helper then throws while re-rendering
/// the form: a 500 for what is only bad input.
/// </summary>
public sealed class SafeBooleanBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        // A check box posts "true" and its hidden "false"; the first value decides.
        var raw = result.FirstValue;
        if (string.IsNullOrEmpty(raw))
        {
            if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (bool.TryParse(raw.Trim(), out var value))
        {
            context.ModelState.SetModelValue(context.ModelName, result);
            context.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, "false", "false");
        context.ModelState.TryAddModelError(context.ModelName, $"Choose yes or no for {context.ModelMetadata.GetDisplayName()}.");
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

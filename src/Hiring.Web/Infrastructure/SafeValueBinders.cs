using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Hiring.Web.Infrastructure;

/// <summary>
/// Text from any form or query: control characters (other than tab and line breaks) and lone
/// surrogates are dropped before a page sees it. PostgreSQL refuses a NUL in text outright, and no
/// person types one. Nothing is trimmed here: passwords keep their spaces.
/// </summary>
public sealed class SafeStringBinder(ILoggerFactory loggers) : IModelBinder
{
    private readonly SimpleTypeModelBinder _inner = new(typeof(string), loggers);

    public async Task BindModelAsync(ModelBindingContext context)
    {
        await _inner.BindModelAsync(context);
        if (context.Result is { IsModelSet: true, Model: string text })
            context.Result = ModelBindingResult.Success(TextInput.StripControls(text));
    }
}

/// <summary>Numbers: "NaN" and "1e309" (infinity) parse as doubles but are not numbers anyone means.</summary>
public sealed class FiniteNumberBinder(Type type, ILoggerFactory loggers) : IModelBinder
{
    private readonly SimpleTypeModelBinder _inner = new(type, loggers);

    public async Task BindModelAsync(ModelBindingContext context)
    {
        await _inner.BindModelAsync(context);
        if (context.Result is { IsModelSet: true, Model: double d } && !double.IsFinite(d)
            || context.Result is { IsModelSet: true, Model: float f } && !float.IsFinite(f))
        {
            context.ModelState.TryAddModelError(context.ModelName, $"Enter a number for {context.ModelMetadata.GetDisplayName()}.");
            context.Result = ModelBindingResult.Failed();
        }
    }
}

public sealed class SafeValueBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        if (type == typeof(bool)) return new SafeBooleanBinder();
        if (type == typeof(string) && !context.Metadata.IsComplexType) return new SafeStringBinder(loggers);
        if (type == typeof(double) || type == typeof(float)) return new FiniteNumberBinder(context.Metadata.ModelType, loggers);
        return null;
    }
}

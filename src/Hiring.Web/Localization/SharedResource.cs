namespace Hiring.Web.Localization;

/// <summary>
/// The resource (Resources/Localization/SharedResource.*.resx) for text that belongs to no single
/// page: validation messages, input-model display names, the layout.
/// </summary>
public sealed class SharedResource;

using Hiring.Core.Assessments.Forms;
using Hiring.Web.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace Hiring.Web.Assessments;

/// <summary>
/// Parsed forms by attempt. An attempt's form is fixed when it starts and never changes, so autosaves
/// (several a minute per candidate) parse its JSON once instead of on every save (docs/benchmarks-load.md).
/// Bounded by count; an attempt not saved to for 30 minutes drops out.
/// </summary>
public sealed class AttemptFormCache : IDisposable
{
    private readonly MemoryCache _forms = new(new MemoryCacheOptions { SizeLimit = 5_000 });

    public Form Read(Attempt attempt) => _forms.GetOrCreate(attempt.Id, entry =>
    {
        entry.Size = 1;
        entry.SlidingExpiration = TimeSpan.FromMinutes(30);
        return AttemptForms.Read(attempt);
    })!;

    public void Dispose() => _forms.Dispose();
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;

namespace Hiring.Web.Data.CompiledModels;

/// <summary>
/// EF Core 10's <c>dbcontext optimize</c> refuses a model with a query filter, so the models it compiles are built without
/// the battery's filter (<see cref="Configurations.BatteryTestConfiguration"/> leaves it out at design time) and each
/// compiled model puts it back here, as the same expression, stored the way EF's own runtime models store a filter
/// (RuntimeModelConvention). That way is internal to EF: CompiledModelTests fails if the filters ever differ from the
/// ones OnModelCreating gives.
/// </summary>
internal static class QueryFilters
{
    public static void Add(RuntimeEntityType entityType, LambdaExpression filter)
    {
#pragma warning disable EF1001 // Internal EF Core API: the only way a compiled model can carry a query filter.
        entityType.AddAnnotation(CoreAnnotationNames.QueryFilter, new QueryFilterCollection([new RuntimeQueryFilter(null, filter)]));
#pragma warning restore EF1001
    }
}

using Hiring.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hiring.Web.Data.CompiledModels.Postgres;

/// <summary>Puts the retired-test filter back into the generated entity type (see <see cref="QueryFilters"/>).</summary>
public partial class BatteryTestEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) =>
        QueryFilters.Add(runtimeEntityType, BatteryTestConfiguration.NotRetired);
}

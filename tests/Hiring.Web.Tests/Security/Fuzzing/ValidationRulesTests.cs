using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Hiring.Web.Tests.Security.Fuzzing;

public class ValidationRulesTests
{
    /// <summary>
    /// [Range(0, 100)] on a double converts the posted value to Int32 to compare it, so "1e29" throws
    /// (a 500) instead of failing validation. Fractional properties need double bounds: [Range(0d, 100d)].
    /// </summary>
    [Fact]
    public void Every_range_on_a_fractional_property_has_fractional_bounds()
    {
        var wrong = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) is var type && (type == typeof(double) || type == typeof(float)))
            .Where(p => p.GetCustomAttribute<RangeAttribute>() is { OperandType: var operand } && operand == typeof(int))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToList();
        Assert.True(wrong.Count == 0, "Int32 bounds on fractional properties: " + string.Join(", ", wrong));
    }
}

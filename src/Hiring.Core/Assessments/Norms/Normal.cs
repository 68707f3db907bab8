namespace Hiring.Core.Assessments.Norms;

/// <summary>The standard normal distribution, written out so the core needs no maths package.</summary>
public static class Normal
{
    /// <summary>z of the upper quartile, Φ⁻¹(0.75): the middle half of a normal group lies within ±0.6745 SD of its mean.</summary>
    public const double Quartile = 0.6744897501960817;

    /// <summary>Φ(z) = ½(1 + erf(z/√2)); absolute error below 1e-7.</summary>
    public static double Cdf(double z) => 0.5 * (1 + Erf(z / Math.Sqrt(2)));

    /// <summary>Abramowitz & Stegun 7.1.26: |error| ≤ 1.5e-7 for every x.</summary>
    public static double Erf(double x)
    {
        double ax = Math.Abs(x);
        double t = 1 / (1 + 0.3275911 * ax);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double y = 1 - poly * Math.Exp(-ax * ax);
        return x < 0 ? -y : y;
    }
}

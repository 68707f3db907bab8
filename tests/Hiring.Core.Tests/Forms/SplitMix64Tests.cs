using Hiring.Core.Assessments.Forms;

namespace Hiring.Core.Tests.Forms;

public class SplitMix64Tests
{
    [Fact]
    public void Seed_zero_gives_the_published_reference_sequence()
    {
        var rng = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, rng.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, rng.Next());
        Assert.Equal(0x06C45D188009454FUL, rng.Next());
    }

    [Fact]
    public void Shuffle_is_Fisher_Yates_over_the_sequence()
    {
        // seed 0: i=3 → 0xE220…CDAF % 4 = 3 (stay); i=2 → 0x6E78…65F4 % 3 = 0 (swap a,c); i=1 → 0x06C4…454F % 2 = 1 (stay)
        Assert.Equal(["c", "b", "a", "d"], new SplitMix64(0).Shuffle(["a", "b", "c", "d"]));
    }

    [Fact]
    public void NextInt_stays_below_its_bound()
    {
        var rng = new SplitMix64(42);
        Assert.All(Enumerable.Range(0, 1000).Select(_ => rng.NextInt(7)), v => Assert.InRange(v, 0, 6));
    }
}

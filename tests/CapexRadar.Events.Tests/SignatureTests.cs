using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

public sealed class SignatureTests
{
    private const string Long = "Northwind Energy will build three solar farms in Andalusia and Castile with a combined capacity of two gigawatts, " +
                                "the utility said on Thursday, investing 2.4 billion euros by 2028. The farms will supply data centres run by cloud " +
                                "providers under long-term contracts, chief executive Lena Ortiz told reporters in Madrid.";
    private const string Brief = "Northwind Energy to invest 2.4 billion euros in solar farms in Andalusia and Castile.";

    [Fact]
    public void Identical_texts_are_identical() =>
        Assert.Equal(1.0, TextSignature.Compute(Long).Jaccard(TextSignature.Compute(Long)));

    [Fact]
    public void A_brief_is_mostly_contained_in_the_full_story()
    {
        var (full, brief) = (TextSignature.Compute(Long), TextSignature.Compute(Brief));
        Assert.True(brief.Containment(full) > 0.6, $"containment {brief.Containment(full)}");
        Assert.True(brief.Jaccard(full) < brief.Containment(full));
    }

    [Fact]
    public void Signatures_survive_storage()
    {
        var s = TextSignature.Compute(Long);
        var back = TextSignature.Deserialize(s.Serialize());
        Assert.Equal(s.Mins, back.Mins);
        Assert.Equal(s.DistinctEstimate, back.DistinctEstimate);
        Assert.Throws<FormatException>(() => TextSignature.Deserialize("12:abc"));
    }

    [Fact]
    public void Hostile_input_is_one_linear_pass()
    {
        // a megabyte without spaces, and a megabyte of distinct numbers: both finish (no per-word blow-up) and stay bounded
        var noSpaces = TextSignature.Compute(new string('x', 1 << 20));
        Assert.Equal(0, noSpaces.DistinctEstimate);
        var numbers = TextSignature.Compute(string.Join(' ', Enumerable.Range(0, 200_000)));
        Assert.Equal(TextSignature.MaxDistinct, numbers.DistinctEstimate);
    }
}

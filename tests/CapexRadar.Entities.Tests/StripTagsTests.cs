using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

/// <summary>StripTags on ordinary and hostile markup (its speed is measured by the StripTags benchmark).</summary>
public sealed class StripTagsTests
{
    [Theory]
    [InlineData("<p>Alibaba will <b>spend</b> more.</p>", "\n\nAlibaba will spend more.\n\n")]
    [InlineData("a < b and c > d", "a < b and c > d")]
    [InlineData("<<<<", "<<<<")]
    [InlineData("<1<2<3>", "<1<2<3>")]
    [InlineData("x<script>var a = '<p>';</script>y", "xy")]
    [InlineData("<a href=x>link</a> and <a", "link and <a")]
    public void Strips_tags_and_keeps_stray_brackets(string html, string expected) =>
        Assert.Equal(expected, TextNormalizer.StripTags(html));

    [Fact]
    public void Hostile_input_keeps_every_character_that_is_no_tag()
    {
        var hostile = string.Concat(Enumerable.Repeat("<1", 100_000)) + ">";
        Assert.Equal(hostile, TextNormalizer.StripTags(hostile));
        var lt = new string('<', 200_000);
        Assert.Equal(lt, TextNormalizer.StripTags(lt));
    }
}

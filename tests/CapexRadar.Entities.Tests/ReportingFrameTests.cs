namespace CapexRadar.Entities.Tests;

/// <summary>A definite description ("the chipmaker", "the company") refers back to the last organisation named as a
/// subject, not to one inside a prepositional phrase or to the story's first company. Sentences written for these tests.</summary>
public class ReportingFrameTests
{
    private static string? OwnerOf(string raw, string phrase)
    {
        var e = X.Run(raw);
        var at = raw.IndexOf(phrase, StringComparison.Ordinal);
        return e.Organizations.FirstOrDefault(o => o.Mentions.Any(m => m.Start <= at && m.End > at))?.Name;
    }

    [Theory]
    [InlineData("Samsung Electronics Co. said its memory sales rose. Micron Technology Inc. reported record revenue, helped by demand from Nvidia Corp. The chipmaker said capital spending would be about $20 billion next year.", "The chipmaker")]
    [InlineData("Samsung Electronics Co. said its memory sales rose. Micron Technology Inc. reported record revenue on Wednesday. The company said capital spending would be about $20 billion next year.", "The company")]
    [InlineData("Samsung Electronics Co. said its memory sales rose. Micron Technology Inc. reported record revenue on Wednesday. The group told analysts it would spend $20 billion next year.", "The group")]
    public void A_definite_description_in_a_reporting_frame_is_the_last_named_subject(string raw, string phrase)
    {
        Assert.Equal("Micron Technology Inc.", OwnerOf(raw, phrase));
    }

    [Fact]
    public void A_description_that_does_not_report_stays_with_the_announcer()
    {
        const string raw = "Micron Technology Inc. will build a new fab in Idaho. Samsung Electronics Co. reported higher sales. The company plans to hire 2,000 engineers.";
        Assert.Equal("Micron Technology Inc.", OwnerOf(raw, "The company"));
    }
}

using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.Text;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Acceptance on the project's seed story (shared/seed/alibaba-ai-capex.txt, found next to the repository), with the
/// entities a correct entity extractor returns for it built by hand.
/// </summary>
public sealed class SeedStoryTests
{
    private static string? FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seed", "alibaba-ai-capex.txt");
            if (File.Exists(candidate)) return candidate;
        }
        return File.Exists("/work/shared/seed/alibaba-ai-capex.txt") ? "/work/shared/seed/alibaba-ai-capex.txt" : null;
    }

    [Fact]
    public void Seed_story_is_extracted_exactly()
    {
        var path = FindSeed();
        Assert.True(path is not null, "shared/seed/alibaba-ai-capex.txt not found beside the repository");
        var text = TextNormalizer.Normalize(File.ReadAllText(path!));
        EntitySet entities = new Ents(text)
            .Org("alibaba", "Alibaba Group Holding Ltd.", "CN", ["hyperscaler"], "Alibaba Group Holding Ltd.", "Alibaba")
            .Org("acm-research", "ACM Research (Shanghai) Inc.", "CN", [], "ACM Research (Shanghai) Inc.")
            .Org("naura", "NAURA Technology Group Co.", "CN", [], "NAURA Technology Group Co.")
            .Org("huawei", "Huawei Technologies Co.", "CN", [], "Huawei Technologies Co.")
            .Org("tencent", "Tencent Holdings Ltd.", "CN", [], "Tencent Holdings Ltd.")
            .Org("openai", "OpenAI", "US", [], "OpenAI")
            .Org("meta", "Meta Platforms Inc.", "US", [], "Meta Platforms Inc.")
            .Person("Eddie Wu", "Chief Executive", "alibaba", "Eddie Wu", "Wu")
            .Place("Brazil", "BR").Place("France", "FR").Place("Netherlands", "NL").Place("US", "US").Place("Australia", "AU")
            .Place("Hangzhou", "CN", LocationKind.City).Place("Hong Kong", "HK", LocationKind.City)
            .Announcer("alibaba");

        var result = new CapexExtractor().Extract(text, entities, new DateTimeOffset(2025, 9, 24, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal(3, result.Facts.Count);
        var commitment = result.Facts.Single(f => f.Kind == CapexKind.Commitment);
        Assert.Equal("alibaba", commitment.CompanyId);
        Assert.Equal(new MoneyAmount("CNY", 380_000_000_000m), commitment.Amount);
        Assert.Equal(AmountQualifier.Over, commitment.Qualifier);
        Assert.Equal(new MoneyAmount("USD", 53_000_000_000m), commitment.AmountUsd);
        Assert.True(commitment.UsdStated);
        Assert.Equal(3, commitment.PeriodYears);
        Assert.Contains("AI models", commitment.Purposes);

        var prior = result.Facts.Single(f => f.Kind == CapexKind.PriorTarget);
        Assert.Equal("alibaba", prior.CompanyId);
        Assert.Equal(new MoneyAmount("USD", 50_000_000_000m), prior.Amount);
        Assert.Equal(AmountQualifier.Exact, prior.Qualifier);
        Assert.True(prior.UsdStated);

        var forecast = result.Facts.Single(f => f.Kind == CapexKind.Forecast);
        Assert.Null(forecast.CompanyId);
        Assert.Equal(new MoneyAmount("USD", 4_000_000_000_000m), forecast.Amount);
        Assert.Equal(AmountQualifier.About, forecast.Qualifier);
        Assert.Equal(5, forecast.PeriodYears);
        Assert.Equal("global", forecast.Scope);
        Assert.Equal("Eddie Wu", forecast.Speaker);

        var plan = Assert.Single(result.Facilities);
        Assert.Equal("alibaba", plan.CompanyId);
        Assert.Equal("data centre", plan.FacilityType);
        Assert.Equal(["BR", "FR", "NL"], plan.CountryCodes);
        Assert.Equal("within the upcoming year", plan.Timeframe);
    }
}

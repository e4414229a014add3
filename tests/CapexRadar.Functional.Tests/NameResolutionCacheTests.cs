using CapexRadar.Ingestion.Api.Events;

namespace CapexRadar.Functional.Tests;

/// <summary>Clustering's company-name lookups are answered once per name, and the cache stays bounded (issue 13).</summary>
public sealed class NameResolutionCacheTests
{
    [Fact]
    public void Each_name_is_resolved_once_including_names_that_resolve_to_nothing()
    {
        var calls = new List<string>();
        var cache = new NameResolutionCache(name => { calls.Add(name); return name.StartsWith("Acme", StringComparison.Ordinal) ? "acme" : null; });

        Assert.Equal("acme", cache.Resolve("Acme Corp"));
        Assert.Equal("acme", cache.Resolve("Acme Corp"));
        Assert.Null(cache.Resolve("Nobody Ltd"));
        Assert.Null(cache.Resolve("Nobody Ltd"));

        Assert.Equal(["Acme Corp", "Nobody Ltd"], calls);
    }

    [Fact]
    public void A_full_cache_starts_over_instead_of_growing()
    {
        var cache = new NameResolutionCache(name => name.ToUpperInvariant(), capacity: 3);
        foreach (var name in Enumerable.Range(0, 100).Select(i => $"name {i}")) Assert.Equal(name.ToUpperInvariant(), cache.Resolve(name));
        Assert.InRange(cache.Count, 1, 3);
    }
}

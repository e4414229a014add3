using BenchmarkDotNet.Attributes;
using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Market.Extraction;

namespace CapexRadar.Benchmarks;

/// <summary>One operation = one pass of an extractor over the whole corpus, on one thread.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _texts = [];
    private EntitySet[] _entities = [];
    private EntityExtractor _entityExtractor = null!;
    private readonly CapexExtractor _capexExtractor = new();
    private readonly MarketMoveExtractor _marketExtractor = new();

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Load();
        _entityExtractor = EntityExtractor.CreateDefault();
        _entities = _texts.Select(_entityExtractor.Extract).ToArray();
    }

    [Benchmark]
    public int EntityExtraction()
    {
        var found = 0;
        foreach (var text in _texts) found += _entityExtractor.Extract(text).Organizations.Count;
        return found;
    }

    [Benchmark]
    public int CapexExtraction()
    {
        var found = 0;
        for (var i = 0; i < _texts.Count; i++) found += _capexExtractor.Extract(_texts[i], _entities[i], null).Facts.Count;
        return found;
    }

    [Benchmark]
    public int MarketExtraction()
    {
        var found = 0;
        for (var i = 0; i < _texts.Count; i++) found += _marketExtractor.Extract(_texts[i], _entities[i]).Count;
        return found;
    }

    [Benchmark]
    public int QuantityRecognition()
    {
        var found = 0;
        foreach (var text in _texts) found += QuantityRecognizer.Recognize(text).Count;
        return found;
    }
}

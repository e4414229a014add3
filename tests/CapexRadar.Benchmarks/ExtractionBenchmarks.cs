using System.Buffers;
using BenchmarkDotNet.Attributes;
using CapexRadar.Analysis;
using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Market.Extraction;
using CapexRadar.Protos;
using Google.Protobuf;
using AnnouncementAnalysis = CapexRadar.Protos.Analysis.V1.AnnouncementAnalysis;

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
    private AnnouncementAnalyzer _analyzer = null!;
    private AnnouncementAnalysis[] _protos = [];
    private readonly ArrayBufferWriter<byte> _json = new(1 << 16);

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Load();
        _entityExtractor = EntityExtractor.CreateDefault();
        _entities = _texts.Select(_entityExtractor.Extract).ToArray();
        _analyzer = new AnnouncementAnalyzer(_entityExtractor, _capexExtractor, _marketExtractor);
        _protos = _texts.Select((t, i) => _analyzer.Analyze(t, null).ToProto($"bench-{i}", "", null, "")).ToArray();
    }

    /// <summary>The whole <see cref="AnnouncementAnalyzer"/>: entities, then capex and market over them (what each line of <c>extract</c> costs before JSON).</summary>
    [Benchmark]
    public int WholeAnalyzer()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            var result = _analyzer.Analyze(text, null);
            found += result.Entities.Organizations.Count + result.Capex.Count + result.Market.Count;
        }
        return found;
    }

    /// <summary>The corpus's analyses as protobuf JSON through Google.Protobuf's reflection formatter (what <c>extract</c> used).</summary>
    [Benchmark]
    public int JsonReflectionFormatter()
    {
        var chars = 0;
        foreach (var proto in _protos) chars += JsonFormatter.Default.Format(proto).Length;
        return chars;
    }

    /// <summary>The same JSON through the hand-written <see cref="AnalysisJson"/> writer (UTF-8, same bytes).</summary>
    [Benchmark]
    public int JsonHandWritten()
    {
        var bytes = 0;
        foreach (var proto in _protos)
        {
            _json.ResetWrittenCount();
            AnalysisJson.Write(proto, _json);
            bytes += _json.WrittenCount;
        }
        return bytes;
    }

    /// <summary>The shared <see cref="CapexRadar.Text.AnnotatedDocument"/>: sentences, tokens and common word classes of every token.</summary>
    [Benchmark]
    public int AnnotatedDocument()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            var doc = CapexRadar.Text.AnnotatedDocument.Create(text);
            for (var i = 0; i < doc.TokenCount; i++) found += doc.Classes(i) != 0 ? 1 : 0;
        }
        return found;
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

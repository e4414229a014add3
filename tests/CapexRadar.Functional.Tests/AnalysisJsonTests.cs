using System.Text.Json;
using CapexRadar.Analysis;
using CapexRadar.Protos;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Common.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// <see cref="AnalysisJson"/> (the CLI's hand-written writer) must give exactly what the reflection-based
/// <see cref="JsonFormatter"/> gives: on every announcement of every corpus in reach, and on messages that set
/// every field and use every escaping and number-format corner.
/// </summary>
public class AnalysisJsonTests
{
    private static readonly Lazy<AnnouncementAnalyzer> Analyzer = new(AnnouncementAnalyzer.CreateDefault);

    public static TheoryData<string> Corpora()
    {
        var data = new TheoryData<string>();
        foreach (var file in CorpusFiles()) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Same_json_as_the_reflection_formatter_on_a_corpus(string path)
    {
        var lines = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            DateTimeOffset? publishedAt = root.TryGetProperty("published_at", out var p) ? p.GetDateTimeOffset() : null;
            var (_, result) = Analyzer.Value.AnalyzeRaw(root.GetProperty("body").GetString() ?? "", publishedAt);
            var title = root.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var proto = result.ToProto(root.GetProperty("id").GetString()!, title, publishedAt, "");
            Assert.Equal(JsonFormatter.Default.Format(proto), AnalysisJson.Format(proto));
            lines++;
        }
        Assert.True(lines > 0, $"{path} has no announcements");
    }

    [Fact]
    public void Same_json_for_an_empty_analysis() =>
        AssertSame(new AnnouncementAnalysis());

    [Fact]
    public void Same_json_with_every_field_set_and_every_escape()
    {
        var odd = "quote \" backslash \\ lt < gt > amp & apos ' slash / tab \t nl \n cr \r bs \b ff \f nul \0 us \u001f del \u007f "
            + "c1 \u0085 \u009f nbsp \u00a0 shy \u00ad é ü 中文 arabic \u0600 \u06dd syriac \u070f khmer \u17b4 zwsp \u200b \u200f "
            + "ls \u2028 \u202e \u2060 \u206f bom \ufeff \ufff9 \ufffb replacement \ufffd emoji 😀 𝄞 end";
        var analysis = new AnnouncementAnalysis
        {
            AnnouncementId = "id-1 " + odd,
            Title = odd,
            TraceId = "trace",
            EventId = "event-7",
            PublishedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 6, 21, 0, 5, TimeSpan.Zero)),
        };
        var org = new Organization { CompanyId = "acme", Name = odd, CountryCode = "US" };
        org.Listings.Add(new Listing { Symbol = "ACME", Mic = "XNAS" });
        org.Listings.Add(new Listing());
        org.Mentions.Add(new TextSpan { Start = 0, End = 4 });
        org.Mentions.Add(new TextSpan());
        org.Tags.Add("forecaster");
        org.Tags.Add("");
        analysis.Organizations.Add(org);
        analysis.Organizations.Add(new Organization());
        var person = new Person { Name = "Ann Lee", Role = "CEO", OrganizationId = "acme", OrganizationName = "Acme" };
        person.Mentions.Add(new TextSpan { Start = 10, End = int.MaxValue });
        analysis.People.Add(person);
        var location = new Location { Name = "São Paulo", CountryCode = "BR", Kind = "city" };
        location.Mentions.Add(new TextSpan { Start = -1, End = 3 });
        analysis.Locations.Add(location);
        var fact = new CapexFact
        {
            CompanyId = "acme", CompanyName = "Acme", Kind = CapexKind.PriorTarget,
            Amount = new Money { CurrencyCode = "USD", Units = 38_000_000_000, Nanos = 500_000_000 },
            AmountHigh = new Money { CurrencyCode = "EUR", Units = long.MaxValue, Nanos = -1 },
            AmountUsd = new Money(),
            UsdStated = true, PeriodYears = 0, FiscalYear = 2027, Qualifier = AmountQualifier.AtLeast,
            Scope = "ai", Speaker = odd, Evidence = new TextSpan { Start = 5, End = 9 },
        };
        fact.Purposes.Add("data centres");
        analysis.Capex.Add(fact);
        analysis.Capex.Add(new CapexFact { Kind = (CapexKind)42, Qualifier = (AmountQualifier)7, Amount = new Money { Units = -3, Nanos = -250_000_000 } });
        analysis.Capex.Add(new CapexFact());
        var plan = new FacilityPlan { CompanyId = "acme", FacilityType = "data centre", Timeframe = "by 2030", Evidence = new TextSpan() };
        plan.CountryCodes.Add("US");
        plan.CountryCodes.Add("MX");
        analysis.Facilities.Add(plan);
        foreach (var pct in new[] { 0.0, -0.0, 2.5, -3.75, 0.1, 1e-7, 123456789.123, 1e21, 1.0 / 3, double.Epsilon, double.MaxValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            analysis.Market.Add(new MarketMove { CompanyId = "acme", ChangePct = pct, Direction = pct < 0 ? Direction.Down : Direction.Up, Qualifier = MoveQualifier.Close, Relation = Relation.Supplier, Venue = "Hong Kong", IndexName = "Hang Seng", Evidence = new TextSpan { Start = 1, End = 2 } });
        analysis.Market.Add(new MarketMove { Relation = (Relation)99, Direction = (Direction)5, Qualifier = MoveQualifier.UpTo });
        AssertSame(analysis);
    }

    /// <summary>Every field of every message set by reflection: a field added to the protos and not to AnalysisJson fails here.</summary>
    [Fact]
    public void Same_json_when_every_field_of_the_schema_is_set()
    {
        var analysis = new AnnouncementAnalysis();
        Populate(analysis, depth: 0);
        AssertSame(analysis);
    }

    private static void Populate(IMessage message, int depth)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var accessor = field.Accessor;
            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)accessor.GetValue(message);
                for (var i = 0; i < 2; i++) list.Add(Value(field, depth, i));
            }
            else accessor.SetValue(message, Value(field, depth, 0));
        }
    }

    private static object Value(Google.Protobuf.Reflection.FieldDescriptor field, int depth, int i) => field.FieldType switch
    {
        Google.Protobuf.Reflection.FieldType.String => $"{field.Name} {i} <é>",
        Google.Protobuf.Reflection.FieldType.Int32 => 7 + i,
        Google.Protobuf.Reflection.FieldType.Int64 => 1_234_567_890_123L + i,
        Google.Protobuf.Reflection.FieldType.Double => 2.25 + i,
        Google.Protobuf.Reflection.FieldType.Bool => true,
        Google.Protobuf.Reflection.FieldType.Enum => System.Enum.ToObject(field.EnumType.ClrType, field.EnumType.Values[^1].Number),
        Google.Protobuf.Reflection.FieldType.Message when field.MessageType.FullName == Timestamp.Descriptor.FullName =>
            new Timestamp { Seconds = 1_796_000_000 + i, Nanos = 5_000_000 },
        Google.Protobuf.Reflection.FieldType.Message => PopulatedMessage(field.MessageType, depth + 1),
        var other => throw new NotSupportedException($"{field.FullName}: {other} is not in AnalysisJson; add it there and here"),
    };

    private static IMessage PopulatedMessage(Google.Protobuf.Reflection.MessageDescriptor descriptor, int depth)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        if (depth < 5) Populate(message, depth);
        return message;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(123_000_000)]
    [InlineData(123_456_000)]
    [InlineData(123_456_789)]
    [InlineData(1)]
    public void Same_json_for_timestamps_with_any_fraction(int nanos) =>
        AssertSame(new AnnouncementAnalysis { PublishedAt = new Timestamp { Seconds = 1_796_000_000, Nanos = nanos } });

    [Fact]
    public void Same_json_for_a_timestamp_at_the_epoch_and_the_last_valid_second() =>
        AssertSame(new AnnouncementAnalysis { PublishedAt = new Timestamp { Seconds = 253_402_300_799, Nanos = 999_999_999 } }, new AnnouncementAnalysis { PublishedAt = new Timestamp() });

    [Theory]
    [InlineData(-62_135_596_800L, 0)]           // 0001-01-01T00:00:00Z, the first valid second
    [InlineData(-62_135_596_800L, 1_000)]
    [InlineData(-30_610_224_000L, 7_000_000)]   // 1000-01-01
    [InlineData(-1L, 999_999_999)]              // the last nanosecond before the epoch
    [InlineData(951_782_400L, 10)]              // 2000-02-29, a leap day
    [InlineData(4_107_542_399L, 999_999_000)]   // 2100-02-28T23:59:59
    public void Same_json_for_timestamps_before_the_epoch_and_far_ahead(long seconds, int nanos) =>
        AssertSame(new AnnouncementAnalysis { PublishedAt = new Timestamp { Seconds = seconds, Nanos = nanos } });

    [Theory]
    [InlineData(253_402_300_800L, 0)]  // a second past 9999-12-31T23:59:59Z
    [InlineData(-62_135_596_801L, 0)]
    [InlineData(0L, -1)]
    [InlineData(0L, 1_000_000_000)]
    public void A_timestamp_out_of_range_keeps_the_library_diagnostic_text(long seconds, int nanos)
    {
        var timestamp = new Timestamp { Seconds = seconds, Nanos = nanos };
        var analysis = new AnnouncementAnalysis { PublishedAt = timestamp };
        Assert.ThrowsAny<InvalidOperationException>(() => JsonFormatter.Default.Format(analysis));
        Assert.Equal($"{{ \"publishedAt\": {timestamp} }}", AnalysisJson.Format(analysis));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_like_the_reflection_formatter_does()
    {
        var analysis = new AnnouncementAnalysis { Title = "broken \ud83d here" };
        Assert.Throws<ArgumentException>(() => JsonFormatter.Default.Format(analysis));
        Assert.Throws<ArgumentException>(() => AnalysisJson.Format(analysis));
    }

    [Fact]
    public void Long_strings_cross_buffer_chunks()
    {
        var analysis = new AnnouncementAnalysis { Title = string.Concat(Enumerable.Repeat("é<😀\"ab", 5_000)) };
        for (var i = 0; i < 2_000; i++) analysis.Organizations.Add(new Organization { CompanyId = $"c{i}", Name = new string('x', i % 50) });
        AssertSame(analysis);
    }

    private static void AssertSame(params AnnouncementAnalysis[] analyses)
    {
        foreach (var analysis in analyses) Assert.Equal(JsonFormatter.Default.Format(analysis), AnalysisJson.Format(analysis));
    }

    /// <summary>The repository's held-out sets, plus the dev corpus and real-text sets when shared/ is beside the checkout.</summary>
    private static IEnumerable<string> CorpusFiles()
    {
        DirectoryInfo? repo = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Services.sln"))) { repo = dir; break; }
        if (repo is null) yield break;
        foreach (var holdout in Directory.EnumerateDirectories(Path.Combine(repo.FullName, "tests"), "holdout*").Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(holdout, "articles.jsonl"))) yield return Path.Combine(holdout, "articles.jsonl");
        for (var dir = repo; dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus");
            if (!File.Exists(Path.Combine(corpus, "dev", "articles.jsonl"))) continue;
            yield return Path.Combine(corpus, "dev", "articles.jsonl");
            foreach (var set in new[] { "real-capex", "real-market" })
                if (File.Exists(Path.Combine(corpus, set, "sentences.jsonl"))) yield return Path.Combine(corpus, set, "sentences.jsonl");
            yield break;
        }
    }
}

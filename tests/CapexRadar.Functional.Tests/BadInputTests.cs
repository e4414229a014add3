using CapexRadar.Capex.Api;
using CapexRadar.Entities.Api;
using CapexRadar.Ingestion.Api;
using CapexRadar.Market.Api;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Protos.Market.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Malformed, empty, oversized and hostile requests to every kind of RPC: each gets a clean status (INVALID_ARGUMENT,
/// NOT_FOUND, RESOURCE_EXHAUSTED …), never INTERNAL or UNKNOWN, and the service keeps answering afterwards.
/// How long hostile input takes is measured by the StripTags benchmark, not here.
/// </summary>
public sealed class BadInputTests(AllServicesFixture services) : IClassFixture<AllServicesFixture>
{
    private static readonly string HostileHtml = new('<', 1024 * 1024 - 16);
    private static readonly string TwoMiB = new('x', 2 * 1024 * 1024);

    public static TheoryData<string> Cases() => [.. Calls.Keys];

    private static readonly Dictionary<string, (string Service, StatusCode[] Expected, Func<GrpcChannel, Task> Call)> Calls = new()
    {
        ["Ingest: empty"] = ("ingestion", [StatusCode.InvalidArgument], c => Ingestion(c).IngestAsync(new IngestRequest()).ResponseAsync),
        ["Ingest: malformed id"] = ("ingestion", [StatusCode.InvalidArgument],
            c => Ingestion(c).IngestAsync(new IngestRequest { AnnouncementId = "../../etc/passwd", Body = "Some text." }).ResponseAsync),
        ["Ingest: body over the message limit"] = ("ingestion", [StatusCode.ResourceExhausted],
            c => Ingestion(c).IngestAsync(new IngestRequest { Body = TwoMiB }).ResponseAsync),
        ["Ingest: 1 MiB of '<'"] = ("ingestion", [StatusCode.OK, StatusCode.InvalidArgument],
            c => Ingestion(c).IngestAsync(new IngestRequest { Body = HostileHtml }).ResponseAsync),
        ["Ingest: timestamp out of range"] = ("ingestion", [StatusCode.InvalidArgument],
            c => Ingestion(c).IngestAsync(new IngestRequest { Body = "Some text.", PublishedAt = new Timestamp { Seconds = long.MaxValue } }).ResponseAsync),
        // Bytes that are no UTF-8 at all (ED A0 80, an encoded surrogate) still answer UNKNOWN: Google.Protobuf refuses
        // them while parsing, before any handler or interceptor runs (README, "Limits": known gap).
        ["Ingest: U+FFFD body from a non-.NET client"] = ("ingestion", [StatusCode.InvalidArgument], c => RawIngestAsync(c, [0xEF, 0xBF, 0xBD, 0x41])),
        ["GetStatus: 10,000-character id"] = ("ingestion", [StatusCode.InvalidArgument, StatusCode.NotFound],
            c => Ingestion(c).GetStatusAsync(new GetStatusRequest { AnnouncementId = new string('a', 10_000) }).ResponseAsync),
        ["GetAnalysis: unknown id"] = ("ingestion", [StatusCode.NotFound],
            c => Ingestion(c).GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = "no-such-id" }).ResponseAsync),
        ["ListAnnouncements: forged page token"] = ("ingestion", [StatusCode.InvalidArgument],
            c => Ingestion(c).ListAnnouncementsAsync(new ListAnnouncementsRequest { PageToken = "!!not base64!!" }).ResponseAsync),
        ["ListAnnouncements: negative page size"] = ("ingestion", [StatusCode.InvalidArgument],
            c => Ingestion(c).ListAnnouncementsAsync(new ListAnnouncementsRequest { PageSize = -1 }).ResponseAsync),
        ["UpsertCompany: empty"] = ("entities", [StatusCode.InvalidArgument], c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest()).ResponseAsync),
        ["UpsertCompany: 10,000 aliases"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest { Company = Company("many-aliases", Enumerable.Range(0, 10_000).Select(i => $"Alias Number {i}")) }).ResponseAsync),
        ["UpsertCompany: stop-word alias"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest { Company = Company("the-company", ["The"]) }).ResponseAsync),
        ["UpsertCompany: alias of another company"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest { Company = Company("not-alibaba", ["Alibaba"]) }).ResponseAsync),
        ["UpsertCompany: shipped company without override"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest { Company = Company("alibaba", []) }).ResponseAsync),
        ["UpsertCompany: unknown MIC"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest { Company = Company("zz-listed", [], new Listing { Symbol = "ZZL", Mic = "QQQQ" }) }).ResponseAsync),
        ["UpsertCompany: symbol that is no ticker"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest { Company = Company("zz-listed", [], new Listing { Symbol = "<script>", Mic = "XNAS" }) }).ResponseAsync),
        ["UpsertCompany: 1 MiB of hostile HTML as name"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).UpsertCompanyAsync(new UpsertCompanyRequest { Company = new Company { CompanyId = "hostile", Name = HostileHtml } }).ResponseAsync),
        ["ResolveCompany: message over the limit"] = ("entities", [StatusCode.ResourceExhausted],
            c => Entities(c).ResolveCompanyAsync(new ResolveCompanyRequest { Query = TwoMiB }).ResponseAsync),
        ["SearchCompanies: empty"] = ("entities", [StatusCode.InvalidArgument], c => Entities(c).SearchCompaniesAsync(new SearchCompaniesRequest()).ResponseAsync),
        ["GetEntities: empty id"] = ("entities", [StatusCode.InvalidArgument], c => Entities(c).GetEntitiesAsync(new GetEntitiesRequest()).ResponseAsync),
        ["GetLeaderboard: seconds out of range"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).GetLeaderboardAsync(new GetLeaderboardRequest { Since = new Timestamp { Seconds = long.MaxValue } }).ResponseAsync),
        ["GetLeaderboard: negative nanos"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).GetLeaderboardAsync(new GetLeaderboardRequest { Until = new Timestamp { Seconds = 1, Nanos = -1 } }).ResponseAsync),
        ["GetLeaderboard: negative limit"] = ("capex", [StatusCode.InvalidArgument], c => Capex(c).GetLeaderboardAsync(new GetLeaderboardRequest { Limit = -5 }).ResponseAsync),
        ["RecognizeQuantities: 1 MiB of '<'"] = ("capex", [StatusCode.OK], c => Capex(c).RecognizeQuantitiesAsync(new RecognizeQuantitiesRequest { Text = HostileHtml }).ResponseAsync),
        ["GetCompanyTimeline: empty"] = ("capex", [StatusCode.InvalidArgument], c => Capex(c).GetCompanyTimelineAsync(new GetCompanyTimelineRequest()).ResponseAsync),
        ["GetCapex: empty id"] = ("capex", [StatusCode.InvalidArgument], c => Capex(c).GetCapexAsync(new GetCapexRequest()).ResponseAsync),
        ["ListMovers: seconds out of range"] = ("market", [StatusCode.InvalidArgument],
            c => Market(c).ListMoversAsync(new ListMoversRequest { Since = new Timestamp { Seconds = long.MinValue } }).ResponseAsync),
        ["ListMovers: since after until"] = ("market", [StatusCode.InvalidArgument],
            c => Market(c).ListMoversAsync(new ListMoversRequest { Since = new Timestamp { Seconds = 2000 }, Until = new Timestamp { Seconds = 1000 } }).ResponseAsync),
        ["GetSpillover: empty"] = ("market", [StatusCode.InvalidArgument], c => Market(c).GetSpilloverAsync(new GetSpilloverRequest()).ResponseAsync),
        ["GetMoves: empty id"] = ("market", [StatusCode.InvalidArgument], c => Market(c).GetMovesAsync(new GetMovesRequest()).ResponseAsync),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_clean_status_and_the_service_stays_up(string name)
    {
        var (service, expected, call) = Calls[name];
        var channel = services.Channel(service, TestTokens.AllScopes());
        var status = StatusCode.OK;
        try { await call(channel); }
        catch (RpcException ex) { status = ex.StatusCode; }
        Assert.Contains(status, expected);

        var health = await new Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    private static IngestionService.IngestionServiceClient Ingestion(GrpcChannel c) => new(c);
    private static EntitiesService.EntitiesServiceClient Entities(GrpcChannel c) => new(c);
    private static CapexService.CapexServiceClient Capex(GrpcChannel c) => new(c);
    private static MarketService.MarketServiceClient Market(GrpcChannel c) => new(c);

    private static Company Company(string id, IEnumerable<string> aliases, params Listing[] listings)
    {
        var company = new Company { CompanyId = id, Name = "Zq " + id };
        company.Aliases.AddRange(aliases);
        company.Listings.AddRange(listings);
        return company;
    }

    /// <summary>An IngestRequest whose body field carries raw bytes, as a client in another language may send.</summary>
    private static Task RawIngestAsync(GrpcChannel channel, byte[] body)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        output.WriteTag(6, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(body));
        output.Flush();
        var request = buffer.ToArray();
        var marshaller = Marshallers.Create<byte[]>(b => b, b => b);
        var method = new Method<byte[], byte[]>(MethodType.Unary, IngestionService.Descriptor.FullName, "Ingest", marshaller, marshaller);
        return channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(), request).ResponseAsync;
    }
}

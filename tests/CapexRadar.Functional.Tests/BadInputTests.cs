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
        // Raw bytes as a client in another language may send them. Google.Protobuf refuses strings that are not UTF-8
        // while parsing, before any handler runs; StrictRequestParsing turns that into INVALID_ARGUMENT (was UNKNOWN).
        ["Ingest: U+FFFD body from a non-.NET client"] = ("ingestion", [StatusCode.InvalidArgument], c => RawUnaryAsync(c, IngestionService.Descriptor.FullName, "Ingest", StringField(6, [0xEF, 0xBF, 0xBD, 0x41]))),
        ["Ingest: encoded lone surrogate (ED A0 80) in body"] = ("ingestion", [StatusCode.InvalidArgument], c => RawUnaryAsync(c, IngestionService.Descriptor.FullName, "Ingest", StringField(6, [0x41, 0xED, 0xA0, 0x80]))),
        ["Ingest: invalid UTF-8 byte (FF) in title"] = ("ingestion", [StatusCode.InvalidArgument], c => RawUnaryAsync(c, IngestionService.Descriptor.FullName, "Ingest", StringField(5, [0xFF, 0x41]))),
        ["Ingest: bytes that are no protobuf message"] = ("ingestion", [StatusCode.InvalidArgument], c => RawUnaryAsync(c, IngestionService.Descriptor.FullName, "Ingest", [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F])),
        ["IngestStream: item with a lone surrogate"] = ("ingestion", [StatusCode.InvalidArgument], c => RawClientStreamAsync(c, IngestionService.Descriptor.FullName, "IngestStream", Nested(1, StringField(6, [0xED, 0xB0, 0x80])))),
        ["WatchAnnouncement: id that is not UTF-8"] = ("ingestion", [StatusCode.InvalidArgument], c => RawServerStreamAsync(c, IngestionService.Descriptor.FullName, "WatchAnnouncement", StringField(1, [0xC3, 0x28]))),
        ["ResolveCompany: query that is not UTF-8"] = ("entities", [StatusCode.InvalidArgument], c => RawUnaryAsync(c, EntitiesService.Descriptor.FullName, "ResolveCompany", StringField(1, [0xED, 0xA0, 0x80]))),
        ["RecognizeQuantities: text that is not UTF-8"] = ("capex", [StatusCode.InvalidArgument], c => RawUnaryAsync(c, CapexService.Descriptor.FullName, "RecognizeQuantities", StringField(1, [0x80]))),
        ["GetSpillover: company that is not UTF-8"] = ("market", [StatusCode.InvalidArgument], c => RawUnaryAsync(c, MarketService.Descriptor.FullName, "GetSpillover", StringField(1, [0xF8, 0x88, 0x80, 0x80, 0x80]))),
        ["WatchAnnouncement: malformed id"] = ("ingestion", [StatusCode.InvalidArgument], c => FirstAsync(Ingestion(c).WatchAnnouncement(new WatchAnnouncementRequest { AnnouncementId = "../x" }))),
        ["WatchAnnouncement: 10,000-character id"] = ("ingestion", [StatusCode.InvalidArgument], c => FirstAsync(Ingestion(c).WatchAnnouncement(new WatchAnnouncementRequest { AnnouncementId = new string('a', 10_000) }))),
        ["WatchAnnouncement: unknown id"] = ("ingestion", [StatusCode.NotFound], c => FirstAsync(Ingestion(c).WatchAnnouncement(new WatchAnnouncementRequest { AnnouncementId = "no-such-id" }))),
        ["GetStatus: 10,000-character id"] = ("ingestion", [StatusCode.InvalidArgument, StatusCode.NotFound],
            c => Ingestion(c).GetStatusAsync(new GetStatusRequest { AnnouncementId = new string('a', 10_000) }).ResponseAsync),
        ["GetStatus: id with a space"] = ("ingestion", [StatusCode.InvalidArgument], c => Ingestion(c).GetStatusAsync(new GetStatusRequest { AnnouncementId = "a b" }).ResponseAsync),
        ["GetAnalysis: id with a slash"] = ("ingestion", [StatusCode.InvalidArgument], c => Ingestion(c).GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = "../x" }).ResponseAsync),
        ["GetEntities: 129-character id"] = ("entities", [StatusCode.InvalidArgument], c => Entities(c).GetEntitiesAsync(new GetEntitiesRequest { AnnouncementId = new string('a', 129) }).ResponseAsync),
        ["GetCapex: id with a quote"] = ("capex", [StatusCode.InvalidArgument], c => Capex(c).GetCapexAsync(new GetCapexRequest { AnnouncementId = "x'--" }).ResponseAsync),
        ["GetMoves: unknown id"] = ("market", [StatusCode.NotFound], c => Market(c).GetMovesAsync(new GetMovesRequest { AnnouncementId = "no-such-id" }).ResponseAsync),
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
        ["GetCompanyTimeline: forged page token"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "Alibaba", PageToken = "!!not base64!!" }).ResponseAsync),
        ["GetCompanyTimeline: negative page size"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "Alibaba", PageSize = -1 }).ResponseAsync),
        ["GetCompanyTimeline: 10 KB page token"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "Alibaba", PageToken = new string('A', 10_000) }).ResponseAsync),
        ["ListForecasts: forged page token"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).ListForecastsAsync(new ListForecastsRequest { PageToken = "cDEKZm9yZWNhc3RzCng" }).ResponseAsync),
        ["ListForecasts: negative page size"] = ("capex", [StatusCode.InvalidArgument], c => Capex(c).ListForecastsAsync(new ListForecastsRequest { PageSize = -3 }).ResponseAsync),
        ["ListForecasts: 10,000-character scope"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).ListForecastsAsync(new ListForecastsRequest { Scope = new string('s', 10_000) }).ResponseAsync),
        ["GetLeaderboard: forged page token"] = ("capex", [StatusCode.InvalidArgument],
            c => Capex(c).GetLeaderboardAsync(new GetLeaderboardRequest { PageToken = "bm90IGEgdG9rZW4" }).ResponseAsync),
        ["ListMovers: forged page token"] = ("market", [StatusCode.InvalidArgument],
            c => Market(c).ListMoversAsync(new ListMoversRequest { PageToken = "!!" }).ResponseAsync),
        ["ListMovers: negative limit"] = ("market", [StatusCode.InvalidArgument], c => Market(c).ListMoversAsync(new ListMoversRequest { Limit = -1 }).ResponseAsync),
        ["SearchCompanies: forged page token"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).SearchCompaniesAsync(new SearchCompaniesRequest { Query = "Alibaba", PageToken = "x" }).ResponseAsync),
        ["SearchCompanies: negative limit"] = ("entities", [StatusCode.InvalidArgument],
            c => Entities(c).SearchCompaniesAsync(new SearchCompaniesRequest { Query = "Alibaba", Limit = -1 }).ResponseAsync),
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

    /// <summary>A length-delimited field carrying raw bytes (what a string field looks like on the wire, valid UTF-8 or not).</summary>
    private static byte[] StringField(int field, byte[] value)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(value));
        output.Flush();
        return buffer.ToArray();
    }

    private static byte[] Nested(int field, byte[] message) => StringField(field, message);

    private static Method<byte[], byte[]> RawMethod(MethodType type, string service, string name)
    {
        var marshaller = Marshallers.Create<byte[]>(b => b, b => b);
        return new Method<byte[], byte[]>(type, service, name, marshaller, marshaller);
    }

    /// <summary>A unary call whose request is raw bytes, as a client in another language may send.</summary>
    private static Task RawUnaryAsync(GrpcChannel channel, string service, string name, byte[] request) =>
        channel.CreateCallInvoker().AsyncUnaryCall(RawMethod(MethodType.Unary, service, name), null, new CallOptions(), request).ResponseAsync;

    private static async Task RawClientStreamAsync(GrpcChannel channel, string service, string name, byte[] item)
    {
        using var call = channel.CreateCallInvoker().AsyncClientStreamingCall(RawMethod(MethodType.ClientStreaming, service, name), null, new CallOptions());
        await call.RequestStream.WriteAsync(item);
        await call.RequestStream.CompleteAsync();
        await call.ResponseAsync;
    }

    private static Task RawServerStreamAsync(GrpcChannel channel, string service, string name, byte[] request) =>
        FirstAsync(channel.CreateCallInvoker().AsyncServerStreamingCall(RawMethod(MethodType.ServerStreaming, service, name), null, new CallOptions(), request));

    /// <summary>Reads the first message of a server stream (or its status), then hangs up.</summary>
    private static async Task FirstAsync<T>(AsyncServerStreamingCall<T> call)
    {
        using (call) await call.ResponseStream.MoveNext(CancellationToken.None);
    }
}

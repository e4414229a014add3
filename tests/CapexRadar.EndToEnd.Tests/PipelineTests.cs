using CapexRadar.Analysis;
using CapexRadar.Protos;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Protos.Market.V1;
using Xunit.Abstractions;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>
/// The seed story through the running system: Ingestion over gRPC → broker → Entities → Capex + Market → complete,
/// each service a separate process.
/// </summary>
/// <remarks>Abstract: runs once per storage mode (<see cref="PipelineTestsOnSqlite"/>, <see cref="PipelineTestsOnPostgres"/> in StorageModes.cs).</remarks>
public abstract class PipelineTests(CapexRadarAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Seed_story_ingested_over_grpc_reaches_complete()
    {
        var seed = await fixture.SeedAsync();
        output.WriteLine($"system healthy after {fixture.StartDuration.TotalSeconds:0.0} s; announcement {seed.Id}");

        Assert.False(string.IsNullOrEmpty(seed.Id));
        Assert.Equal("", seed.Response.DuplicateOf);
        RequireComplete(seed);

        // The watch stream showed the pipeline's stages, entities before capex and market, complete last.
        var stages = seed.WatchedEvents.Select(e => e.Stage).ToList();
        output.WriteLine("watched: " + string.Join(" → ", stages));
        Assert.Contains(Stage.Entities, stages);
        Assert.Contains(Stage.Capex, stages);
        Assert.Contains(Stage.Market, stages);
        Assert.Equal(Stage.Complete, stages[^1]);
        Assert.True(stages.IndexOf(Stage.Entities) < stages.IndexOf(Stage.Capex));
        Assert.True(stages.IndexOf(Stage.Entities) < stages.IndexOf(Stage.Market));
        Assert.DoesNotContain(Stage.Failed, stages);
    }

    [Fact]
    public async Task GetAnalysis_returns_what_the_extractor_libraries_find_in_process()
    {
        var seed = RequireComplete(await fixture.SeedAsync());
        var analysis = (await fixture.Ingestion.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = seed.Id })).Analysis;

        var (_, result) = AnnouncementAnalyzer.CreateDefault().AnalyzeRaw(SeedStory.Body, SeedStory.PublishedAt);
        var expected = result.ToProto(seed.Id, SeedStory.Title, SeedStory.PublishedAt, analysis.TraceId);
        expected.EventId = analysis.EventId; // set by clustering, which the in-process analysis does not do

        Assert.Equal(seed.Id, analysis.AnnouncementId);
        Assert.Equal(SeedStory.Title, analysis.Title);
        Assert.Equal(expected.PublishedAt, analysis.PublishedAt);
        Assert.Equal(expected.Organizations, analysis.Organizations);
        Assert.Equal(expected.People, analysis.People);
        Assert.Equal(expected.Locations, analysis.Locations);
        Assert.Equal(expected.Capex, analysis.Capex);
        Assert.Equal(expected.Facilities, analysis.Facilities);
        Assert.Equal(expected.Market, analysis.Market);
        Assert.Equal(expected, analysis);
    }

    [Fact]
    public async Task Seed_story_analysis_has_alibaba_in_hong_kong_a_cny_380bn_commitment_and_three_market_moves()
    {
        var seed = RequireComplete(await fixture.SeedAsync());
        var analysis = (await fixture.Ingestion.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = seed.Id })).Analysis;
        output.WriteLine(analysis.ToString());

        var alibaba = Assert.Single(analysis.Organizations, o => o.Name.Contains("Alibaba", StringComparison.Ordinal));
        Assert.Contains(alibaba.Listings, l => l.Symbol == "9988" && l.Mic == "XHKG");

        Assert.Contains(analysis.Capex, f =>
            f.Kind == CapexKind.Commitment
            && f.Amount is { CurrencyCode: "CNY", Units: 380_000_000_000 }
            && f.CompanyId == alibaba.CompanyId);

        Assert.Equal(3, analysis.Market.Count);
        Assert.Contains(analysis.Market, m => m.CompanyId == alibaba.CompanyId && m.Relation == Relation.Self);
    }

    [Fact]
    public async Task Ingesting_the_same_content_again_returns_duplicate_of_the_first()
    {
        var seed = RequireComplete(await fixture.SeedAsync());

        var again = await fixture.Ingestion.IngestAsync(seed.Request.Clone());

        Assert.Equal(seed.Id, again.DuplicateOf);
        var status = (await fixture.Ingestion.GetStatusAsync(new GetStatusRequest { AnnouncementId = seed.Id })).Status;
        Assert.Equal(Stage.Complete, status.Stage); // the first analysis stands; no second pipeline run
    }

    [Fact]
    public async Task Every_service_stored_its_result_under_the_announcements_trace_id()
    {
        var seed = RequireComplete(await fixture.SeedAsync());
        var traceId = seed.Response.TraceId;
        Assert.Matches("^[0-9a-f]{32}$", traceId);

        var analysis = (await fixture.Ingestion.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = seed.Id })).Analysis;
        var entities = await fixture.Entities.GetEntitiesAsync(new GetEntitiesRequest { AnnouncementId = seed.Id });
        var capex = await fixture.Capex.GetCapexAsync(new GetCapexRequest { AnnouncementId = seed.Id });
        var market = await fixture.Market.GetMovesAsync(new GetMovesRequest { AnnouncementId = seed.Id });

        Assert.Equal(traceId, seed.Status.TraceId);
        Assert.Equal(traceId, analysis.TraceId);
        Assert.Equal(traceId, entities.TraceId);
        Assert.Equal(traceId, capex.TraceId);
        Assert.Equal(traceId, market.TraceId);
    }

    [Fact]
    public async Task Every_service_exported_spans_in_the_announcements_trace()
    {
        var seed = await fixture.SeedAsync();
        var traceId = seed.Response.TraceId;

        var spans = await fixture.Telemetry.WaitForSpansAsync(
            all => CapexRadarAppFixture.ServiceNames.All(s => all.Any(x => x.TraceId == traceId && x.ServiceName == s && x.Kind == ExpectedKind(s))),
            TimeSpan.FromSeconds(30));
        var inTrace = spans.Where(s => s.TraceId == traceId).ToList();
        foreach (var span in inTrace.OrderBy(s => s.ServiceName))
        {
            output.WriteLine($"{span.ServiceName,-10} kind={span.Kind} {span.Name}");
        }

        foreach (var service in CapexRadarAppFixture.ServiceNames)
        {
            // Ingestion serves the Ingest call (SERVER); the others consume its messages (CONSUMER).
            Assert.True(inTrace.Any(s => s.ServiceName == service && s.Kind == ExpectedKind(service)),
                $"no {(ExpectedKind(service) == ServerKind ? "server" : "consumer")} span from {service} in trace {traceId}; " +
                $"services seen in it: {string.Join(", ", inTrace.Select(s => s.ServiceName).Distinct())}");
        }
    }

    /// <summary>Fails with the pipeline's state and the services' last log lines when the seed did not complete.</summary>
    private SeedIngestion RequireComplete(SeedIngestion seed)
    {
        if (seed.Completed)
        {
            return seed;
        }

        var logs = string.Join(Environment.NewLine, CapexRadarAppFixture.ServiceNames.Select(s =>
            $"--- {s} (last lines) ---{Environment.NewLine}{fixture.RecentLogs(s, 25)}"));
        Assert.Fail($"the seed story did not complete: stage {seed.Status.Stage}, failed stage {seed.Status.FailedStage}, " +
                    $"reason '{seed.Status.FailureReason}'{Environment.NewLine}{logs}");
        return seed;
    }

    private const int ServerKind = 2;
    private const int ConsumerKind = 5;

    private static int ExpectedKind(string service) => service == "ingestion" ? ServerKind : ConsumerKind;
}

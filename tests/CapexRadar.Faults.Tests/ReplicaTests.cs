using System.Collections.Concurrent;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Ingestion.V1;
using Grpc.Core;
using Xunit.Abstractions;

namespace CapexRadar.Faults.Tests;

/// <summary>
/// Two replicas of every service (<c>CapexRadar:Replicas=2</c>) on the AppHost's PostgreSQL (<c>Storage:Mode=postgres</c>):
/// a load is processed with no announcement doubled or stranded; WatchAnnouncement streams opened on several
/// connections (the orchestrator's proxy spreads them over both Ingestion replicas) each see every completion exactly
/// once, whichever replica recorded it (fan-out over the broker); a knowledge-base write made through one Entities
/// replica is answered by every connection.
/// </summary>
public sealed class ReplicaTests(ITestOutputHelper output)
{
    private const int Watchers = 6;

    [Fact]
    public async Task Two_replicas_of_every_service_on_PostgreSQL_lose_and_double_nothing_and_every_watcher_sees_every_completion()
    {
        await using var system = await FaultSystem.StartAsync(null, "--Storage:Mode=postgres", "--CapexRadar:Replicas=2");

        using var stop = new CancellationTokenSource();
        var seen = Enumerable.Range(0, Watchers).Select(_ => new ConcurrentDictionary<string, int>()).ToArray();
        var subscribed = Enumerable.Range(0, Watchers).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var watching = Enumerable.Range(0, Watchers).Select(i => Task.Run(async () =>
        {
            var client = new IngestionService.IngestionServiceClient(system.Channel("ingestion"));
            using var call = client.WatchAnnouncement(new WatchAnnouncementRequest(), cancellationToken: stop.Token);
            await call.ResponseHeadersAsync; // subscribed on its replica
            subscribed[i].TrySetResult();
            try
            {
                await foreach (var message in call.ResponseStream.ReadAllAsync(stop.Token))
                    if (message.Event.Stage == Stage.Complete) seen[i].AddOrUpdate(message.Event.AnnouncementId, 1, (_, n) => n + 1);
            }
            catch (RpcException) when (stop.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException)
            {
            }
        })).ToArray();
        await Task.WhenAll(subscribed.Select(s => s.Task));

        var load = new Load(system);
        await load.RunAsync("replica", 0, 400, perSecond: 20);
        var tally = await Verify.TallyAsync("2 replicas of every service (PostgreSQL)", system, load.Accepted, TimeSpan.FromMinutes(5), 0);
        output.WriteLine(tally.ToString());
        Console.WriteLine("FAULTS " + tally);
        if (tally.Lost > 0 || tally.Duplicated > 0 || tally.Failed > 0) output.WriteLine(system.LogDigest());
        Assert.True(tally.Lost == 0 && tally.Duplicated == 0 && tally.Failed == 0 && tally.Complete == tally.Accepted && tally.Accepted == 400, tally.ToString());

        // Every watcher, on whichever replica, hears every completion (stage events are recorded by both replicas).
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline && seen.Any(s => load.Accepted.Keys.Any(id => !s.ContainsKey(id)))) await Task.Delay(250);
        stop.Cancel();
        await Task.WhenAll(watching);
        for (var i = 0; i < Watchers; i++)
        {
            var missing = load.Accepted.Keys.Count(id => !seen[i].ContainsKey(id));
            var doubled = seen[i].Count(p => p.Value > 1);
            output.WriteLine($"watcher {i}: {seen[i].Count} completions seen, {missing} missing, {doubled} seen twice");
            Assert.Equal((0, 0), (missing, doubled));
        }

        // A knowledge-base write through one Entities replica reaches the other's in-memory knowledge base.
        var company = new Company { CompanyId = "quorvex-grid", Name = "Quorvex Grid Systems", CountryCode = "NO" };
        company.Aliases.Add("Quorvex");
        await new EntitiesService.EntitiesServiceClient(system.Channel("entities")).UpsertCompanyAsync(new UpsertCompanyRequest { Company = company });
        for (var i = 0; i < Watchers; i++)
        {
            var client = new EntitiesService.EntitiesServiceClient(system.Channel("entities"));
            ResolveCompanyResponse? resolved = null;
            var until = DateTime.UtcNow.AddSeconds(30);
            while (resolved is null)
            {
                try { resolved = await client.ResolveCompanyAsync(new ResolveCompanyRequest { Query = "Quorvex" }); }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound && DateTime.UtcNow < until) { await Task.Delay(250); }
            }
            Assert.Equal("quorvex-grid", resolved.Company.CompanyId);
        }
    }
}

using CapexRadar.Protos.Ingestion.V1;
using Xunit.Abstractions;

namespace CapexRadar.Faults.Tests;

/// <summary>
/// Fault injection over the real AppHost, nothing restarted by hand: the AppHost's supervisor restarts what dies.
/// Each scenario prints accepted / complete / failed / lost / duplicated and requires 0 lost and 0 duplicated.
/// One system serves every scenario (starting one costs ~30 s); scenarios run in order inside one test.
/// </summary>
public sealed class FaultScenarioTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Nothing_is_lost_or_duplicated_through_kill_9_broker_death_poison_input_and_a_whole_system_restart()
    {
        await using var system = await FaultSystem.StartAsync();
        var tallies = new List<Tally>();
        void Report(Tally tally)
        {
            tallies.Add(tally);
            output.WriteLine(tally.ToString());
            Console.WriteLine("FAULTS " + tally);
            if (tally.Lost > 0 || tally.Duplicated > 0) output.WriteLine(system.LogDigest());
        }

        // 1. Steady load of at least 1,000 distinct announcements, kept up until the last fault is healed; kill -9
        //    Entities, Capex, Market, Ingestion and the broker in turn, each once the previous one is back.
        var load = new Load(system);
        var killsDone = new TaskCompletionSource();
        var running = load.RunAsync("kill", 0, minCount: 1000, maxCount: 5000, perSecond: 15, keepGoingUntil: killsDone.Task);
        var sampling = Verify.SampleInFlightAsync(system, running);
        try
        {
        foreach (var victim in new[] { "entities", "capex", "market", "ingestion", "messaging" })
        {
            await Task.Delay(TimeSpan.FromSeconds(8));
            var pid = system.Kill(victim);
            output.WriteLine($"kill -9 {victim} (pid {pid}) with {load.Accepted.Count} accepted");
            await system.WaitRestartedAsync(victim, pid, TimeSpan.FromMinutes(3));
            output.WriteLine($"{victim} restarted by the supervisor as pid {system.Pid(victim)} and healthy");
        }
        }
        finally
        {
            killsDone.TrySetResult();
        }
        await running;
        var maxInFlight = await sampling;
        Report(await Verify.TallyAsync("kill -9 each service, then the broker", system, load.Accepted, Settle, maxInFlight));
        // The issue asks for the faults to hit a pipeline with at least 50 announcements in flight.
        Assert.True(maxInFlight >= 50, $"only {maxInFlight} announcements were in flight at most; the kills must hit a loaded pipeline");

        // 2. Poison input: the capex extractor throws on one announcement, the market extractor hangs on another.
        await File.WriteAllLinesAsync(system.FaultFile, ["throw capex POISON-THROW", "hang market POISON-HANG"]);
        var faulty = new Load(system);
        await faulty.IngestAsync("poison-throw", 5001, "POISON-THROW ");
        await faulty.IngestAsync("poison-hang", 5002, "POISON-HANG ");
        await faulty.RunAsync("beside-poison", 5100, 50, perSecond: 25);
        var first = await Verify.TallyAsync("poison: throw + hang (before replay)", system, faulty.Accepted, Settle, 0);
        Report(first);
        var throwStatus = (await system.Ingestion.GetStatusAsync(new GetStatusRequest { AnnouncementId = "poison-throw" })).Status;
        var hangStatus = (await system.Ingestion.GetStatusAsync(new GetStatusRequest { AnnouncementId = "poison-hang" })).Status;
        Assert.Equal((Stage.Failed, Stage.Capex, "extraction failed"), (throwStatus.Stage, throwStatus.FailedStage, throwStatus.FailureReason));
        Assert.Equal((Stage.Failed, Stage.Market, "extraction timed out"), (hangStatus.Stage, hangStatus.FailedStage, hangStatus.FailureReason));
        Assert.Equal((2, 50, 0, 0), (first.Failed, first.Complete, first.Lost, first.Duplicated));

        // The cause removed, an operator replays every failed announcement.
        File.Delete(system.FaultFile);
        var replayed = await system.Admin.ReplayAnnouncementsAsync(new ReplayAnnouncementsRequest { AllFailed = true });
        Assert.Equal(["poison-hang", "poison-throw"], replayed.AnnouncementIds.Order().ToArray());
        await Task.Delay(TimeSpan.FromSeconds(2));
        Report(await Verify.TallyAsync("poison: after replay", system, faulty.Accepted, Settle, 0));

        // 3. Stop and start the whole system with messages in flight.
        var restartLoad = new Load(system);
        await restartLoad.RunAsync("restart", 6000, 300, perSecond: 100);
        await system.RestartWholeSystemAsync();
        Report(await Verify.TallyAsync("stop/start the whole system", system, restartLoad.Accepted, Settle, 0));
        Report(await Verify.TallyAsync("everything, after all scenarios", system,
            load.Accepted.Concat(faulty.Accepted).Concat(restartLoad.Accepted).ToDictionary(), Settle, 0));

        foreach (var tally in tallies.Where(t => t.Scenario != "poison: throw + hang (before replay)"))
        {
            Assert.True(tally.Lost == 0 && tally.Duplicated == 0 && tally.Failed == 0 && tally.Complete == tally.Accepted, tally.ToString());
        }
        Assert.True(tallies[0].Accepted >= 1000);
    }
}

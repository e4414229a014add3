using System.Diagnostics;
using Xunit.Abstractions;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>
/// The live feed from a client in another language, built only from <c>protos/</c>: <c>scripts/feed-client.js</c> (Node,
/// @grpc/grpc-js) subscribes to WatchFacts, ingests a story, hangs up, ingests a second source of it and another story,
/// resumes with <c>after_sequence</c> = the last sequence it received, and compares what it saw with a third reader from
/// the same start: every fact once, no gap, the commitment two sources report once. Needs <c>node</c> and the
/// repository's <c>node_modules</c> (<c>npm ci</c>; <c>scripts/test.sh</c> and <c>.ci/run</c> install both).
/// </summary>
[Collection(CapexRadarCollection.Name)]
public sealed class NodeFeedClientTests(CapexRadarAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_Node_feed_client_sees_each_new_fact_once_and_resumes_from_its_cursor_without_a_gap()
    {
        var root = SeedStory.RepositoryRoot();
        Assert.True(File.Exists(Path.Combine(root, "node_modules", "@grpc", "grpc-js", "package.json")),
            $"node_modules is missing under {root}: run `npm ci` there (scripts/test.sh does it)");
        var endpoint = fixture.App.GetEndpoint("ingestion", "grpc");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[]
                 {
                     Path.Combine("scripts", "feed-client.js"), "--token-file", Path.Combine(fixture.DataDirectory, "client-token"),
                     "--ingestion", $"{endpoint.Host}:{endpoint.Port}",
                 })
            start.ArgumentList.Add(a);

        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await node.WaitForExitAsync(timeout.Token);
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines) output.WriteLine(line);
        output.WriteLine(await stderr);
        if (node.ExitCode != 0) output.WriteLine(fixture.RecentLogs("ingestion"));

        Assert.DoesNotContain(lines, l => l.StartsWith("FAIL", StringComparison.Ordinal));
        Assert.Equal(0, node.ExitCode);
        // the checks the script makes (see scripts/feed-client.js)
        Assert.Equal(10, lines.Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }
}

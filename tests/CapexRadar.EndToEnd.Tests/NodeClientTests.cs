using System.Diagnostics;
using CapexRadar.Security;
using Xunit.Abstractions;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>
/// A client in another language, built only from <c>protos/</c>: <c>scripts/grpc-auth-check.js</c> (Node,
/// @grpc/grpc-js) calls every RPC of the four services of the running system without a token, with a garbage one and
/// with <c>{data}/client-token</c>, and UpsertCompany with a <c>read</c> token. Needs <c>node</c> and the repository's
/// <c>node_modules</c> (<c>npm ci</c>; <c>scripts/test.sh</c> and <c>.ci/run</c> install both).
/// </summary>
[Collection(CapexRadarCollection.Name)]
public sealed class NodeClientTests(CapexRadarAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_Node_client_built_from_protos_gets_the_expected_status_from_every_rpc()
    {
        var root = RepositoryRoot();
        Assert.True(File.Exists(Path.Combine(root, "node_modules", "@grpc", "grpc-js", "package.json")),
            $"node_modules is missing under {root}: run `npm ci` there (scripts/test.sh does it)");
        var key = (await File.ReadAllTextAsync(Path.Combine(fixture.DataDirectory, SecretFiles.SigningKeyFileName))).Trim();
        var readToken = TokenIssuer.Mint(key, [Scopes.Read], TimeSpan.FromMinutes(10), "node-check");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { Path.Combine("scripts", "grpc-auth-check.js"), "--token-file", Path.Combine(fixture.DataDirectory, "client-token"), "--read-token", readToken })
            start.ArgumentList.Add(a);
        foreach (var service in CapexRadarAppFixture.ServiceNames)
        {
            var endpoint = fixture.App.GetEndpoint(service, "grpc");
            start.ArgumentList.Add("--" + service);
            start.ArgumentList.Add($"{endpoint.Host}:{endpoint.Port}");
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await node.WaitForExitAsync(timeout.Token);
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines) output.WriteLine(line);
        output.WriteLine(await stderr);

        var ok = lines.Count(l => l.StartsWith("ok ", StringComparison.Ordinal));
        var failed = lines.Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)).ToList();
        output.WriteLine($"NODE-CHECK {ok}/{ok + failed.Count} as expected");
        Assert.Empty(failed);
        Assert.Equal(0, node.ExitCode);
        // three calls per RPC (no token, garbage, client token) plus UpsertCompany with a read token
        var rpcs = new[]
        {
            Protos.Ingestion.V1.IngestionService.Descriptor, Protos.Ingestion.V1.IngestionAdminService.Descriptor, Protos.Events.V1.EventsService.Descriptor,
            Protos.Entities.V1.EntitiesService.Descriptor, Protos.Capex.V1.CapexService.Descriptor, Protos.Market.V1.MarketService.Descriptor,
        }.Sum(d => d.Methods.Count);
        Assert.Equal(3 * rpcs + 1, ok);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Services.sln"))) return dir.FullName;
        throw new InvalidOperationException("Services.sln not found above " + AppContext.BaseDirectory);
    }
}

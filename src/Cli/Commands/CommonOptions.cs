using System.CommandLine;
using Grpc.Net.Client;
using CapexRadar.Protos.Ingestion.V1;

namespace CapexRadar.Cli.Commands;

internal static class CommonOptions
{
    public const string DefaultServer = "http://localhost:5171";

    public static Option<string> Server() => new("--server")
    {
        Description = "Ingestion gRPC endpoint (h2c); also CAPEXRADAR_SERVER",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CAPEXRADAR_SERVER") is { Length: > 0 } s ? s : DefaultServer,
    };

    public static IngestionService.IngestionServiceClient Client(string server) =>
        new(GrpcChannel.ForAddress(server, new GrpcChannelOptions { MaxSendMessageSize = 16 * 1024 * 1024 }));
}

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

    public static IngestionService.IngestionServiceClient Client(string server) => new(Channel(server));

    /// <summary>An h2c channel that sends the client's bearer token (<see cref="ClientAuth"/>) with every call.</summary>
    public static GrpcChannel Channel(string server) =>
        GrpcChannel.ForAddress(server, new GrpcChannelOptions
        {
            MaxSendMessageSize = 16 * 1024 * 1024,
            Credentials = Grpc.Core.ChannelCredentials.Create(Grpc.Core.ChannelCredentials.Insecure, ClientAuth.Credentials()),
            UnsafeUseInsecureChannelCallCredentials = true, // h2c to a local or private service
        });
}

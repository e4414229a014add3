using System.Reflection;
using CapexRadar.Capex.Api;
using CapexRadar.Capex.Api.Grpc;
using CapexRadar.Entities.Api;
using CapexRadar.Entities.Api.Grpc;
using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Grpc;
using CapexRadar.Market.Api;
using CapexRadar.Market.Api.Grpc;
using CapexRadar.Security;
using CapexRadar.ServiceHosting.Auth;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace CapexRadar.Functional.Tests;

/// <summary>The four services in test servers, shared by the authorisation table.</summary>
public sealed class AllServicesFixture : IAsyncLifetime
{
    private readonly Dictionary<string, IAsyncDisposable> _factories = [];
    private readonly Dictionary<string, Func<string?, GrpcChannel>> _channels = [];

    public Task InitializeAsync()
    {
        Add<IngestionApi>("ingestion");
        Add<EntitiesApi>("entities");
        Add<CapexApi>("capex");
        Add<MarketApi>("market");
        return Task.CompletedTask;
    }

    private void Add<T>(string name) where T : class
    {
        var factory = new ServiceFactory<T>();
        _factories[name] = factory;
        _channels[name] = factory.Channel;
    }

    public GrpcChannel Channel(string service, string? token) => _channels[service](token);

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories.Values) await factory.DisposeAsync();
    }
}

/// <summary>
/// Every RPC of every service (read from the proto descriptors, so an RPC added later is covered without editing
/// this test), called with no token, a garbage token, an expired token, a token signed with another key, a token with
/// every scope but the one the method declares, and the right scope. The required scope is read from the method's
/// <see cref="RequireScopeAttribute"/>; a method that declares none must be refused even with every scope.
/// </summary>
public sealed class AuthorizationTests(AllServicesFixture services) : IClassFixture<AllServicesFixture>
{
    private static readonly (string Service, ServiceDescriptor Descriptor, Type Implementation)[] Services =
    [
        ("ingestion", Protos.Ingestion.V1.IngestionService.Descriptor, typeof(IngestionGrpcService)),
        ("ingestion", Protos.Events.V1.EventsService.Descriptor, typeof(Ingestion.Api.Events.EventsGrpcService)),
        ("ingestion", Protos.Ingestion.V1.IngestionAdminService.Descriptor, typeof(IngestionAdminGrpcService)),
        ("entities", Protos.Entities.V1.EntitiesService.Descriptor, typeof(EntitiesGrpcService)),
        ("capex", Protos.Capex.V1.CapexService.Descriptor, typeof(CapexGrpcService)),
        ("market", Protos.Market.V1.MarketService.Descriptor, typeof(MarketGrpcService)),
    ];

    public enum Credential { None, Garbage, Expired, ForeignKey, WrongScope, RightScope }

    public static TheoryData<string, string, Credential> Cases()
    {
        var data = new TheoryData<string, string, Credential>();
        foreach (var (service, descriptor, _) in Services)
            foreach (var method in descriptor.Methods)
                foreach (var credential in Enum.GetValues<Credential>())
                    data.Add(service, method.Name, credential);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_rpc_checks_the_caller(string service, string method, Credential credential)
    {
        var (_, descriptor, implementation) = Services.Single(s => s.Service == service && s.Descriptor.FindMethodByName(method) is not null);
        var rpc = descriptor.FindMethodByName(method);
        var scope = RequiredScope(implementation, method);

        var token = credential switch
        {
            Credential.None => null,
            Credential.Garbage => TestTokens.Garbage,
            Credential.Expired => TestTokens.Expired(),
            Credential.ForeignKey => TestTokens.ForeignKey(),
            Credential.WrongScope => TestTokens.With([.. Scopes.All.Where(s => s != scope)]),
            _ => TestTokens.With(scope ?? "read"),
        };
        var status = await CallWithEmptyRequestAsync(services.Channel(service, token), descriptor, rpc);

        switch (credential)
        {
            case Credential.None or Credential.Garbage or Credential.Expired or Credential.ForeignKey:
                Assert.Equal(StatusCode.Unauthenticated, status);
                break;
            case Credential.WrongScope:
                Assert.Equal(StatusCode.PermissionDenied, status);
                break;
            default:
                if (scope is null)
                    Assert.Equal(StatusCode.PermissionDenied, status); // declares no scope: denied by default
                else
                    Assert.DoesNotContain(status, new[] { StatusCode.Unauthenticated, StatusCode.PermissionDenied, StatusCode.Internal, StatusCode.Unknown });
                break;
        }
    }

    [Fact]
    public void Every_implemented_rpc_declares_a_known_scope()
    {
        foreach (var (_, descriptor, implementation) in Services)
            foreach (var method in descriptor.Methods)
            {
                var scope = RequiredScope(implementation, method.Name);
                Assert.True(scope is not null && Scopes.IsKnown(scope), $"{descriptor.FullName}/{method.Name} declares no known scope");
            }
    }

    [Fact]
    public async Task Health_is_open_and_reflection_needs_read()
    {
        var health = new Grpc.Health.V1.Health.HealthClient(services.Channel("entities", null));
        var answer = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, answer.Status);

        var reflectionMethod = Grpc.Reflection.V1Alpha.ServerReflection.Descriptor.FindMethodByName("ServerReflectionInfo");
        Assert.Equal(StatusCode.Unauthenticated,
            await CallWithEmptyRequestAsync(services.Channel("entities", null), Grpc.Reflection.V1Alpha.ServerReflection.Descriptor, reflectionMethod));
        Assert.Equal(StatusCode.PermissionDenied,
            await CallWithEmptyRequestAsync(services.Channel("entities", TestTokens.With(Scopes.Ingest)), Grpc.Reflection.V1Alpha.ServerReflection.Descriptor, reflectionMethod));
    }

    private static string? RequiredScope(Type implementation, string method) =>
        implementation.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)?.GetCustomAttribute<RequireScopeAttribute>()?.Scope;

    /// <summary>Calls <paramref name="rpc"/> with an empty (all-default) message, whatever its kind; returns the final status.</summary>
    private static async Task<StatusCode> CallWithEmptyRequestAsync(GrpcChannel channel, ServiceDescriptor service, MethodDescriptor rpc)
    {
        var type = (rpc.IsClientStreaming, rpc.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var marshaller = Marshallers.Create<byte[]>(b => b, b => b);
        var method = new Method<byte[], byte[]>(type, service.FullName, rpc.Name, marshaller, marshaller);
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30));
        var invoker = channel.CreateCallInvoker();
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(method, null, options, []);
                    break;
                case MethodType.ClientStreaming:
                    using (var call = invoker.AsyncClientStreamingCall(method, null, options))
                    {
                        await call.RequestStream.CompleteAsync();
                        await call.ResponseAsync;
                    }
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(method, null, options, []))
                    {
                        // Accepted streams send their headers at once and may then stay open (watch everything):
                        // once headers have come, a status that is not there within half a second means "accepted".
                        await call.ResponseHeadersAsync;
                        using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
                        try { while (await call.ResponseStream.MoveNext(wait.Token)) { } }
                        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && wait.IsCancellationRequested) { return StatusCode.OK; }
                    }
                    break;
                default:
                    using (var call = invoker.AsyncDuplexStreamingCall(method, null, options))
                    {
                        await call.RequestStream.CompleteAsync();
                        while (await call.ResponseStream.MoveNext(CancellationToken.None)) { }
                    }
                    break;
            }
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }
}

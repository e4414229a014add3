using CapexRadar.Security;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Tokens for tests: every <see cref="ServiceFactory{TMarker}"/> trusts <see cref="SigningKey"/>, so
/// <c>factory.Channel(TestTokens.With(Scopes.Read))</c> calls as a read-only client. <c>factory.Channel()</c> sends
/// <see cref="AllScopes"/>.
/// </summary>
public static class TestTokens
{
    /// <summary>A key made for this test run.</summary>
    public static readonly string SigningKey = TokenIssuer.GenerateKey();

    public static string AllScopes() => With([.. Scopes.All]);

    public static string With(params string[] scopes) => TokenIssuer.Mint(SigningKey, scopes, TimeSpan.FromHours(1), "functional-test");

    /// <summary>Signed with the right key, expired an hour ago (well past the 30 s clock skew).</summary>
    public static string Expired(params string[] scopes) =>
        TokenIssuer.Mint(SigningKey, scopes.Length == 0 ? [.. Scopes.All] : scopes, TimeSpan.FromMinutes(10), "functional-test",
            now: DateTimeOffset.UtcNow.AddHours(-1));

    /// <summary>Well-formed and unexpired, but signed with another key.</summary>
    public static string ForeignKey() => TokenIssuer.Mint(TokenIssuer.GenerateKey(), [.. Scopes.All], TimeSpan.FromHours(1), "intruder");

    public const string Garbage = "not-a-jwt";

    /// <summary>
    /// A gRPC channel over a test server whose calls carry <c>authorization: Bearer {token}</c> (every scope by
    /// default; nothing when <paramref name="token"/> is null). For factories derived with <c>WithWebHostBuilder</c>.
    /// </summary>
    public static GrpcChannel Channel<T>(WebApplicationFactory<T> factory, string? token = AllScopesMarker) where T : class =>
        GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerHandler(token == AllScopesMarker ? AllScopes() : token) { InnerHandler = factory.Server.CreateHandler() },
        });

    private const string AllScopesMarker = "\0all";

    private sealed class BearerHandler(string? token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (token is not null) request.Headers.TryAddWithoutValidation("authorization", "Bearer " + token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

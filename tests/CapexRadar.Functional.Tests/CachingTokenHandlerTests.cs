using CapexRadar.Ingestion.Api;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Security;
using CapexRadar.ServiceHosting.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Issue 13: a bearer token that validated is remembered (not parsed and checked again on every call), never past its
/// expiry or a minute, and never a token that failed.
/// </summary>
public sealed class CachingTokenHandlerTests
{
    private static TokenValidationParameters Parameters() => new()
    {
        ValidateIssuer = true, ValidIssuer = TokenIssuer.DefaultIssuer,
        ValidateAudience = true, ValidAudience = TokenIssuer.DefaultAudience,
        ValidateLifetime = true, RequireExpirationTime = true, ClockSkew = TimeSpan.Zero,
        ValidateIssuerSigningKey = true, IssuerSigningKey = TokenIssuer.SecurityKey(TestTokens.SigningKey),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
    };

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static (CachingTokenHandler Handler, Clock Clock) Handler()
    {
        var clock = new Clock(DateTimeOffset.UtcNow);
        return (new CachingTokenHandler(new JsonWebTokenHandler { MapInboundClaims = false }, clock), clock);
    }

    [Fact]
    public async Task A_valid_token_presented_again_is_not_validated_again_and_each_caller_gets_its_own_identity()
    {
        var (handler, _) = Handler();
        var token = TestTokens.With(Scopes.Read, Scopes.Ingest);

        var first = await handler.ValidateTokenAsync(token, Parameters());
        var second = await handler.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, handler.Validations);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal(first.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)), second.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)));
        Assert.Equal("functional-test", second.ClaimsIdentity.FindFirst("sub")?.Value);
        second.ClaimsIdentity.AddClaim(new System.Security.Claims.Claim("added", "by one caller"));
        Assert.Null((await handler.ValidateTokenAsync(token, Parameters())).ClaimsIdentity.FindFirst("added"));
    }

    [Fact]
    public async Task A_remembered_token_is_validated_again_after_a_minute_and_never_served_past_its_expiry()
    {
        var (handler, clock) = Handler();
        var longLived = TestTokens.With(Scopes.Read);
        Assert.True((await handler.ValidateTokenAsync(longLived, Parameters())).IsValid);
        clock.Now += CachingTokenHandler.MaxAge + TimeSpan.FromSeconds(1);
        Assert.True((await handler.ValidateTokenAsync(longLived, Parameters())).IsValid);
        Assert.Equal(2, handler.Validations);

        // expires in 20 s: remembered until then only
        clock.Now = DateTimeOffset.UtcNow;
        var shortLived = TokenIssuer.Mint(TestTokens.SigningKey, [Scopes.Read], TimeSpan.FromSeconds(20), "short");
        Assert.True((await handler.ValidateTokenAsync(shortLived, Parameters())).IsValid);
        clock.Now += TimeSpan.FromSeconds(10);
        await handler.ValidateTokenAsync(shortLived, Parameters());
        Assert.Equal(3, handler.Validations);
        clock.Now += TimeSpan.FromSeconds(15); // past its expiry by the cache's clock: asked again
        await handler.ValidateTokenAsync(shortLived, Parameters());
        Assert.Equal(4, handler.Validations);
    }

    [Fact]
    public async Task Tokens_that_fail_are_validated_every_time()
    {
        var (handler, _) = Handler();
        foreach (var token in new[] { TestTokens.ForeignKey(), TestTokens.Expired(), TestTokens.Garbage })
        {
            Assert.False((await handler.ValidateTokenAsync(token, Parameters())).IsValid);
            Assert.False((await handler.ValidateTokenAsync(token, Parameters())).IsValid);
        }
        Assert.Equal(6, handler.Validations);
    }

    [Fact]
    public async Task The_services_validate_a_clients_token_once_for_many_calls()
    {
        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        var handler = Assert.IsType<CachingTokenHandler>(Assert.Single(
            factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers));
        var client = new IngestionService.IngestionServiceClient(factory.Channel(TestTokens.With(Scopes.Read)));
        var before = handler.Validations;
        for (var i = 0; i < 5; i++)
            Assert.Equal(Grpc.Core.StatusCode.NotFound, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () =>
                await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = "no-such-id" }))).StatusCode);
        Assert.Equal(before + 1, handler.Validations);
    }
}

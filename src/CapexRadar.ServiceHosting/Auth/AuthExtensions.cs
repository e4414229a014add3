using CapexRadar.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CapexRadar.ServiceHosting.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// Bearer-token authentication (ASP.NET Core's JWT handler) and scope policies. <see cref="AuthOptions"/> is
    /// bound from <c>Auth:*</c> and validated at start.
    /// </summary>
    public static IHostApplicationBuilder AddServiceAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => Configure(jwt, auth.Value));
        builder.Services.AddAuthorization(ScopePolicies.Add);
        builder.Services.AddSingleton<ServiceTokenSource>();
        return builder;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth)
    {
        jwt.MapInboundClaims = false;
        jwt.IncludeErrorDetails = false; // the client learns "invalid_token", never why
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = auth.ClockSkew,
            NameClaimType = "sub",
        };
        if (auth.UsesAuthority)
        {
            jwt.Authority = auth.Authority;
            jwt.Audience = auth.Audience;
            jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        }
        else if (!string.IsNullOrWhiteSpace(auth.SigningKey))
        {
            jwt.TokenValidationParameters.ValidIssuer = auth.Issuer;
            jwt.TokenValidationParameters.IssuerSigningKey = TokenIssuer.SecurityKey(auth.SigningKey);
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }

    /// <summary>Adds this service's own token to every call of a gRPC client (see <see cref="ServiceTokenSource"/>).</summary>
    public static IHttpClientBuilder WithServiceToken(this IHttpClientBuilder client) =>
        client
            .AddCallCredentials((_, metadata, services) =>
            {
                metadata.Add("authorization", "Bearer " + services.GetRequiredService<ServiceTokenSource>().Current());
                return Task.CompletedTask;
            })
            // h2c inside the deployment: the token travels over the same plain channel as the data.
            .ConfigureChannel(o => o.UnsafeUseInsecureChannelCallCredentials = true);

    private sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuthOptions options)
        {
            var failures = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options))
                .Select(r => r.ErrorMessage ?? "invalid").ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}

/// <summary>
/// The token a service sends to its neighbours: <c>Auth:ServiceToken</c> when given (a real provider's), otherwise one
/// it mints with the embedded key (scope <c>read</c>, one hour, renewed after half of it).
/// </summary>
public sealed class ServiceTokenSource(IOptions<AuthOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset RenewAt)? _current;

    public string Current()
    {
        var auth = options.Value;
        if (!string.IsNullOrWhiteSpace(auth.ServiceToken)) return auth.ServiceToken.Trim();
        if (string.IsNullOrWhiteSpace(auth.SigningKey))
            throw new InvalidOperationException("Auth:ServiceToken is required to call other services when Auth:Authority is used");
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_current is { } cached && now < cached.RenewAt) return cached.Token;
            var token = TokenIssuer.Mint(auth.SigningKey, Scopes.Service, Lifetime, "service:" + environment.ApplicationName, now, auth.Issuer, auth.Audience);
            _current = (token, now + Lifetime / 2);
            return token;
        }
    }
}

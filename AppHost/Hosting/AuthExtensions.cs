using Aspire.Hosting.ApplicationModel;
using CapexRadar.Security;
using Microsoft.Extensions.Configuration;

namespace CapexRadar.AppHost.Hosting;

public static class AuthExtensions
{
    public const string SigningKeyParameter = "auth-signing-key";

    /// <summary>Token with every scope the AppHost itself uses for the dashboard's operator commands (replay); null with a real provider.</summary>
    public static string? OperatorToken { get; private set; }

    /// <summary>How long the ready client token in <c>{data}/client-token</c> stays valid.</summary>
    public static readonly TimeSpan ClientTokenLifetime = TimeSpan.FromDays(365);

    /// <summary>
    /// Gives every service (every project resource added so far, so call it last) what it needs to check bearer tokens.
    /// With <c>Auth:Authority</c> configured (a real OpenID Connect provider) the services get <c>Auth__Authority</c>,
    /// <c>Auth__Audience</c> and <c>Auth__ServiceToken</c>. Otherwise the embedded default: a signing key held as the
    /// secret parameter <c>auth-signing-key</c> (<c>Parameters:auth-signing-key</c> when given, else generated once
    /// into <c>{data}/signing-key</c>, mode 0600, so it survives restarts), and a ready client token with every scope
    /// written to <c>{data}/client-token</c> (mode 0600) for the CLI and other local clients.
    /// </summary>
    public static IDistributedApplicationBuilder AddCapexRadarAuth(this IDistributedApplicationBuilder builder, string dataDirectory)
    {
        var services = builder.Resources.OfType<ProjectResource>().Select(p => builder.CreateResourceBuilder(p)).ToList();
        if (builder.Configuration["Auth:Authority"] is { Length: > 0 } authority)
        {
            foreach (var service in services)
            {
                service.WithEnvironment("Auth__Authority", authority);
                foreach (var key in new[] { "Audience", "ServiceToken", "RequireHttpsMetadata" })
                    if (builder.Configuration[$"Auth:{key}"] is { Length: > 0 } value) service.WithEnvironment($"Auth__{key}", value);
            }
            return builder;
        }

        var signingKey = builder.Configuration[$"Parameters:{SigningKeyParameter}"] is { Length: > 0 } configured
            ? configured
            : builder.ExecutionContext.IsRunMode
                ? SecretFiles.ReadOrCreate(Path.Combine(dataDirectory, SecretFiles.SigningKeyFileName), TokenIssuer.GenerateKey)
                : "";
        if (builder.ExecutionContext.IsRunMode)
        {
            var token = TokenIssuer.Mint(signingKey, Scopes.Client, ClientTokenLifetime, "capexradar-cli");
            SecretFiles.Write(Path.Combine(dataDirectory, SecretFiles.ClientTokenFileName), token);
        }

        if (signingKey.Length > 0) OperatorToken = TokenIssuer.Mint(signingKey, [Scopes.Admin], TimeSpan.FromDays(30), "capexradar-apphost");
        var parameter = builder.AddParameter(SigningKeyParameter, () => signingKey, publishValueAsDefault: false, secret: true);
        foreach (var service in services) service.WithEnvironment("Auth__SigningKey", parameter);
        return builder;
    }
}

using System.ComponentModel.DataAnnotations;
using CapexRadar.Security;

namespace CapexRadar.ServiceHosting.Auth;

/// <summary>
/// <c>Auth:*</c>. Either a real OpenID Connect provider (<see cref="Authority"/> + <see cref="Audience"/>: tokens are
/// validated against its published keys) or the embedded default, a symmetric <see cref="SigningKey"/> the AppHost
/// generates. Validated at start: a service with neither refuses to start.
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>OpenID Connect issuer URL (its <c>/.well-known/openid-configuration</c> gives the keys).</summary>
    public string? Authority { get; set; }

    /// <summary>Expected <c>aud</c>; default <c>capexradar</c>.</summary>
    public string Audience { get; set; } = TokenIssuer.DefaultAudience;

    /// <summary>Expected <c>iss</c> of embedded tokens; default <c>capexradar</c>. Ignored with an <see cref="Authority"/>.</summary>
    public string Issuer { get; set; } = TokenIssuer.DefaultIssuer;

    /// <summary>Base64 of at least 32 random bytes (embedded default). Never logged.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Metadata over https only (set false only for a provider on a private http address).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference when checking expiry.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Token this service sends when it calls another service. Optional: with a <see cref="SigningKey"/> the service
    /// mints its own short-lived token (scope <c>read</c>); with an <see cref="Authority"/> give one your provider issued.
    /// </summary>
    public string? ServiceToken { get; set; }

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesAuthority)
        {
            if (!Uri.TryCreate(Authority, UriKind.Absolute, out _))
                yield return new ValidationResult("Auth:Authority must be an absolute URL", [nameof(Authority)]);
            if (string.IsNullOrWhiteSpace(Audience))
                yield return new ValidationResult("Auth:Audience is required with Auth:Authority", [nameof(Audience)]);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            yield return new ValidationResult(
                "Auth: set Auth:Authority (+ Auth:Audience) for an OpenID Connect provider, or Auth:SigningKey for the embedded default " +
                "(the AppHost passes one to every service)", [nameof(SigningKey)]);
            yield break;
        }
        string? problem = null;
        try { TokenIssuer.KeyBytes(SigningKey); }
        catch (FormatException ex) { problem = ex.Message; }
        if (problem is not null) yield return new ValidationResult($"Auth:SigningKey: {problem}", [nameof(SigningKey)]);
    }
}

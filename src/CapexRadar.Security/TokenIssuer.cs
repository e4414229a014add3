using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CapexRadar.Security;

/// <summary>
/// Mints and describes the embedded default's tokens: JWTs signed with HMAC-SHA256 under a symmetric key
/// (<c>Auth:SigningKey</c>, base64 of at least 32 random bytes). A deployment with a real OpenID Connect provider
/// does not use this: its provider issues the tokens.
/// </summary>
public static class TokenIssuer
{
    public const string DefaultIssuer = "capexradar";
    public const string DefaultAudience = "capexradar";
    public const int MinKeyBytes = 32;

    /// <summary>A fresh random key (48 bytes, base64).</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>The key's bytes; throws <see cref="FormatException"/> unless it is base64 of at least 32 bytes.</summary>
    public static byte[] KeyBytes(string base64Key)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(base64Key.Trim()); }
        catch (FormatException) { throw new FormatException("the signing key is not base64"); }
        if (bytes.Length < MinKeyBytes) throw new FormatException($"the signing key has {bytes.Length} bytes; at least {MinKeyBytes} are needed");
        return bytes;
    }

    public static SymmetricSecurityKey SecurityKey(string base64Key) => new(KeyBytes(base64Key)) { KeyId = "capexradar-embedded" };

    /// <summary>A token for <paramref name="subject"/> with <paramref name="scopes"/> valid for <paramref name="ttl"/> from <paramref name="now"/>.</summary>
    public static string Mint(string base64Key, IEnumerable<string> scopes, TimeSpan ttl, string subject = "capexradar-client",
        DateTimeOffset? now = null, string issuer = DefaultIssuer, string audience = DefaultAudience)
    {
        var issuedAt = (now ?? DateTimeOffset.UtcNow).UtcDateTime;
        var expires = issuedAt + ttl;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("scope", string.Join(' ', scopes.Distinct()))]),
            IssuedAt = issuedAt,
            NotBefore = expires < issuedAt ? expires.AddMinutes(-1) : issuedAt,
            Expires = expires,
            SigningCredentials = new SigningCredentials(SecurityKey(base64Key), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}

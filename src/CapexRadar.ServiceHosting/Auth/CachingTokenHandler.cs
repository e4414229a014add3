using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CapexRadar.ServiceHosting.Auth;

/// <summary>
/// Remembers a bearer token that validated, so the same token presented again (a client sends one token with every
/// call: the load command thousands a second) is not parsed, its signature checked and its claims built each time.
/// A hit is accepted only while all of these hold: the same token string (byte for byte), before the token's own
/// expiry, and for at most <see cref="MaxAge"/> since it was validated (so a key that an authority withdraws stops being
/// honoured within that time). One handler belongs to one <c>JwtBearerOptions</c> instance: changed options make a new
/// handler with an empty cache (ASP.NET Core hands the handler a fresh copy of the validation parameters per request,
/// so they cannot serve as part of the key). Only successes are kept; a failure is
/// validated every time. Each hit returns its own copy of the claims identity. At most <see cref="MaxEntries"/> tokens
/// are kept (then the cache starts over).
/// </summary>
public sealed class CachingTokenHandler(TokenHandler inner, TimeProvider clock) : TokenHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _valid = new(StringComparer.Ordinal);

    public CachingTokenHandler() : this(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System) { }

    /// <summary>Validations that went to the inner handler (cache misses), for tests.</summary>
    public long Validations => Interlocked.Read(ref _validations);
    private long _validations;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow();
        if (_valid.TryGetValue(token, out var hit))
        {
            if (now < hit.Until) return Copy(hit.Result);
            _valid.TryRemove(new KeyValuePair<string, Entry>(token, hit));
        }
        Interlocked.Increment(ref _validations);
        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated && result.ClaimsIdentity is not null)
        {
            var until = now + MaxAge;
            var expires = new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc));
            if (validated.ValidTo != DateTime.MinValue && expires < until) until = expires;
            if (until > now)
            {
                if (_valid.Count >= MaxEntries) _valid.Clear();
                _valid[token] = new Entry(result, until);
            }
        }
        return result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    private static TokenValidationResult Copy(TokenValidationResult cached) => new()
    {
        IsValid = true,
        ClaimsIdentity = cached.ClaimsIdentity.Clone(),
        SecurityToken = cached.SecurityToken,
        Issuer = cached.Issuer,
        TokenType = cached.TokenType,
        TokenContext = cached.TokenContext,
    };

    private sealed record Entry(TokenValidationResult Result, DateTimeOffset Until);
}

using System.Security.Claims;
using CapexRadar.Security;
using Microsoft.AspNetCore.Authorization;

namespace CapexRadar.ServiceHosting.Auth;

/// <summary>One authorisation policy per scope (<c>scope:read</c>, …) and the deny-by-default fallback.</summary>
public static class ScopePolicies
{
    public static string PolicyName(string scope) => "scope:" + scope;

    /// <summary>True when the token grants <paramref name="scope"/>: claim <c>scope</c> (space-separated, RFC 8693) or <c>scp</c>.</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.Claims.Where(c => c.Type is "scope" or "scp")
            .Any(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));

    public static void Add(AuthorizationOptions options)
    {
        foreach (var scope in Scopes.All)
            options.AddPolicy(PolicyName(scope), p => p.RequireAuthenticatedUser().RequireAssertion(ctx => HasScope(ctx.User, scope)));
        // Endpoints that declare nothing (a new RPC without [RequireScope]) are refused to everyone.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(_ => false).Build();
    }
}

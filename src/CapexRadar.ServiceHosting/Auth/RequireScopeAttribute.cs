using Microsoft.AspNetCore.Authorization;

namespace CapexRadar.ServiceHosting.Auth;

/// <summary>
/// Declares the scope a gRPC method needs, next to the method:
/// <code>[RequireScope(Scopes.Read)] public override Task&lt;X&gt; GetX(...)</code>
/// A method without it is refused to every caller by the fallback policy (deny by default): UNAUTHENTICATED without
/// a valid token, PERMISSION_DENIED with one. New scopes go in <see cref="CapexRadar.Security.Scopes.All"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequireScopeAttribute(string scope) : AuthorizeAttribute(ScopePolicies.PolicyName(scope))
{
    public string Scope { get; } = scope;
}

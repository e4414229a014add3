namespace CapexRadar.Security;

/// <summary>
/// The OAuth scopes CapexRadar's RPCs require (claim <c>scope</c>, space-separated, or <c>scp</c>).
/// A service method declares the one it needs with <c>[RequireScope(Scopes.Read)]</c>; a method that declares none
/// is refused to everyone (deny by default).
/// </summary>
public static class Scopes
{
    /// <summary>Ingest, IngestStream.</summary>
    public const string Ingest = "ingest";

    /// <summary>Every Get/List/Watch/query and RecognizeQuantities.</summary>
    public const string Read = "read";

    /// <summary>UpsertCompany (knowledge-base writes).</summary>
    public const string KbWrite = "kb.write";

    /// <summary>Replay and other operator actions.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Ingest, Read, KbWrite, Admin];

    /// <summary>What the ready client token in <c>.data/client-token</c> carries: everything the CLI needs.</summary>
    public static readonly IReadOnlyList<string> Client = All;

    /// <summary>What a service needs to call its neighbours (Ingestion → Entities/Capex/Market reads).</summary>
    public static readonly IReadOnlyList<string> Service = [Read];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}

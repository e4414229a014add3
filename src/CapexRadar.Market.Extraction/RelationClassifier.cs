using CapexRadar.Domain;

namespace CapexRadar.Market.Extraction;

/// <summary>
/// How a mover relates to the announcer: <c>Self</c>, <c>Index</c>, or — from the text first ("rival Samsung",
/// "Suppliers did better: …", ", seen as a potential supplier,") and then from the knowledge-base sector tags —
/// <c>Supplier</c>, <c>Peer</c> or <c>Customer</c>.
/// </summary>
public static class RelationClassifier
{
    /// <summary>
    /// Position of a sector tag in the AI supply chain: spenders (0) buy from data-centre operators and carriers (1),
    /// which buy systems, chips and power gear (2), made with chips from fabs and memory makers (3), made with
    /// equipment and materials (4). Investors and conglomerates (-1) spend without a place in the chain.
    /// </summary>
    private static readonly Dictionary<string, int> Tiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hyperscaler"] = 0, ["cloud"] = 0, ["internet"] = 0, ["ai_lab"] = 0, ["software"] = 0,
        ["datacenter"] = 1, ["telecom"] = 1,
        ["server"] = 2, ["networking"] = 2, ["optical"] = 2, ["power"] = 2, ["cooling"] = 2, ["chip_designer"] = 2,
        ["electronics"] = 2, ["utility"] = 2,
        ["chipmaker"] = 3, ["foundry"] = 3, ["memory"] = 3,
        ["equipment"] = 4, ["materials"] = 4,
        ["investor"] = -1, ["sovereign_fund"] = -1, ["conglomerate"] = -1,
    };

    /// <summary>The relation implied by sector tags alone.</summary>
    public static MoveRelation ByTags(IReadOnlyList<string> moverTags, IReadOnlyList<string> announcerTags)
    {
        if (moverTags.Count == 0 || announcerTags.Count == 0) return MoveRelation.Unspecified;
        var shared = moverTags.Any(t => announcerTags.Contains(t, StringComparer.OrdinalIgnoreCase));
        var mt = Tier(moverTags);
        var at = Tier(announcerTags);
        if (mt is null || at is null) return shared ? MoveRelation.Peer : MoveRelation.Unspecified;
        if (at == -1) return mt >= 1 ? MoveRelation.Supplier : shared ? MoveRelation.Peer : MoveRelation.Unspecified;
        if (mt == -1) return MoveRelation.Unspecified;
        if (mt > at) return MoveRelation.Supplier;
        if (mt < at) return MoveRelation.Customer;
        return shared ? MoveRelation.Peer : MoveRelation.Unspecified;
    }

    private static int? Tier(IReadOnlyList<string> tags)
    {
        foreach (var t in tags)
            if (Tiers.TryGetValue(t, out var tier)) return tier;
        return null;
    }

    internal static MoveRelation Classify(TokenDocument d, Subject s, int cueStart, int ps, int zoneStart, int sentStart, int announcer)
    {
        if (s.Kind == SubjectKind.Index) return MoveRelation.Index;
        var orgs = d.Entities.Organizations;
        var mover = s.Kind == SubjectKind.Org ? orgs[s.Org] : null;
        var ann = announcer >= 0 ? orgs[announcer] : null;
        if (mover is not null && ann is not null && mover.CompanyId == ann.CompanyId) return MoveRelation.Self;
        // Supplier, peer and customer are relations to the announcer: none without one.
        if (ann is null || s.Kind == SubjectKind.Unresolved) return MoveRelation.Unspecified;

        string? sector = null;
        // 1. A descriptor right before the name: "rival Samsung", "Parent SoftBank Group", "server maker Netweb".
        for (var j = cueStart - 1; j >= Math.Max(zoneStart, cueStart - 6); j--)
        {
            if (d.Is(j, ',') || d.Is(j, ';') || d.Is(j, ':') || d.IsNumber(j) || d.L(j) is "and" or "while" or "but") break;
            var w = d.Base(j);
            if (Lexicon.RelationCues.TryGetValue(w, out var r)) return r;
            if (w is "parent" or "subsidiary" or "unit" or "affiliate" or "sister" or "owner" or "partner") return MoveRelation.Unspecified;
            if (sector is null && Lexicon.SectorDescriptors.TryGetValue(w, out var sec)) sector = sec;
        }
        // 2. An apposition or relative clause between the name and its verb: ", seen as a potential supplier,".
        for (var j = s.End + 1; j < ps && j - s.End < 30; j++)
        {
            var w = d.Base(j);
            if (Lexicon.RelationCues.TryGetValue(w, out var r)) return r;
            if (sector is null && Lexicon.SectorDescriptors.TryGetValue(w, out var sec)) sector = sec;
        }
        // 3. A lead-in in the same clause or before a colon: "Suppliers did better: …", "rivals fell: …".
        for (var j = cueStart - 1; j >= zoneStart; j--)
        {
            if (Lexicon.RelationCues.TryGetValue(d.Base(j), out var r)) return r;
        }
        for (var j = zoneStart - 1; j >= sentStart && cueStart - j < 80; j--)
        {
            if (!d.Is(j, ':')) continue;
            for (var k = j - 1; k >= sentStart && j - k < 12; k--)
                if (Lexicon.RelationCues.TryGetValue(d.Base(k), out var r)) return r;
            break;
        }

        IReadOnlyList<string> moverTags = mover?.Tags ?? [];
        if (moverTags.Count == 0 && sector is not null) moverTags = [sector];
        return ByTags(moverTags, ann.Tags);
    }
}

using CapexRadar.Domain;
using CapexRadar.Market.Extraction;

namespace CapexRadar.Market.Tests;

/// <summary>A hand-built organisation: id, canonical name, the surface forms to look for, KB tags.</summary>
public sealed record Org(string Id, string Name, string[] Forms, params string[] Tags);

/// <summary>Builds entity sets for hand-written sentences: mention spans are found with IndexOf on whole words.</summary>
public static class TestEntities
{
    public static EntitySet Build(string text, string? announcerId, params Org[] orgs) =>
        Build(text, announcerId, orgs, []);

    public static EntitySet Build(string text, string? announcerId, Org[] orgs, (string Name, string Country, LocationKind Kind)[] places)
    {
        var organizations = orgs
            .Select(o => new OrganizationEntity(o.Id, o.Name, [], null, o.Tags, Find(text, o.Forms), true))
            .Where(o => o.Mentions.Count > 0 || o.CompanyId == announcerId)
            .ToList();
        var locations = places
            .Select(p => new LocationEntity(p.Name, p.Country, p.Kind, Find(text, [p.Name])))
            .Where(l => l.Mentions.Count > 0)
            .ToList();
        return new EntitySet(organizations, [], locations, announcerId);
    }

    /// <summary>Whole-word occurrences of every form; longer forms win where they overlap (the shared <see cref="Mentions.Find"/>).</summary>
    public static IReadOnlyList<TextSpan> Find(string text, IEnumerable<string> forms) => Mentions.Find(text, forms);

    public static IReadOnlyList<MarketMove> Extract(string text, EntitySet? entities = null) =>
        new MarketMoveExtractor().Extract(text, entities ?? EntitySet.Empty);

    public static IReadOnlyList<MarketMove> Extract(string text, string? announcerId, params Org[] orgs) =>
        Extract(text, Build(text, announcerId, orgs));

    /// <summary>Compact form for assertions: "Name|Up|7.8|UpTo|Hong Kong|Self".</summary>
    public static string Show(MarketMove m) =>
        $"{m.CompanyName ?? m.IndexName ?? "?"}|{m.Direction}|{m.ChangePct.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{m.Qualifier}|{m.Venue ?? "-"}|{m.Relation}";

    public static string[] ShowAll(IEnumerable<MarketMove> moves) => moves.Select(Show).ToArray();
}

/// <summary>Organisations used across the tests (names and tags in the knowledge-base style).</summary>
public static class Orgs
{
    public static readonly Org Lenovo = new("lenovo", "Lenovo Group Ltd.", ["Lenovo Group Ltd.", "Lenovo Group", "Lenovo"], "server", "electronics");
    public static readonly Org Xiaomi = new("xiaomi", "Xiaomi Corp.", ["Xiaomi Corp.", "Xiaomi"], "electronics", "internet");
    public static readonly Org Kakao = new("kakao", "Kakao Corp.", ["Kakao Corp.", "Kakao"], "internet", "cloud", "hyperscaler");
    public static readonly Org Amazon = new("amazon", "Amazon.com Inc.", ["Amazon.com Inc.", "Amazon.com", "Amazon"], "hyperscaler", "cloud", "internet");
    public static readonly Org Google = new("alphabet", "Alphabet Inc.", ["Alphabet Inc.", "Alphabet", "Google"], "hyperscaler", "cloud", "internet");
    public static readonly Org Micron = new("micron", "Micron Technology Inc.", ["Micron Technology Inc.", "Micron Technology", "Micron"], "memory", "chipmaker");
    public static readonly Org Samsung = new("samsung-electronics", "Samsung Electronics Co.", ["Samsung Electronics Co.", "Samsung Electronics", "Samsung"], "memory", "chipmaker", "foundry", "electronics");
    public static readonly Org Amkor = new("amkor", "Amkor Technology Inc.", ["Amkor Technology Inc.", "Amkor Technology", "Amkor"], "foundry");
    public static readonly Org Lam = new("lam-research", "Lam Research Corp.", ["Lam Research Corp.", "Lam Research"], "equipment");
    public static readonly Org AppliedMaterials = new("applied-materials", "Applied Materials Inc.", ["Applied Materials Inc.", "Applied Materials"], "equipment");
    public static readonly Org Smic = new("smic", "Semiconductor Manufacturing International Corp.", ["Semiconductor Manufacturing International Corp.", "SMIC"], "foundry", "chipmaker");
    public static readonly Org Hua = new("hua-hong", "Hua Hong Semiconductor Ltd.", ["Hua Hong Semiconductor Ltd.", "Hua Hong Semiconductor", "Hua Hong"], "foundry", "chipmaker");
    public static readonly Org Piotech = new("piotech", "Piotech Inc.", ["Piotech Inc.", "Piotech"], "equipment");
    public static readonly Org Amec = new("amec", "Advanced Micro-Fabrication Equipment Inc. China", ["Advanced Micro-Fabrication Equipment Inc. China", "AMEC"], "equipment");
    public static readonly Org Coherent = new("coherent", "Coherent Corp.", ["Coherent Corp.", "Coherent"], "optical");
    public static readonly Org Ciena = new("ciena", "Ciena Corp.", ["Ciena Corp.", "Ciena"], "networking", "optical");
    public static readonly Org Eaton = new("eaton", "Eaton Corp. plc", ["Eaton Corp.", "Eaton"], "power");
    public static readonly Org Equinix = new("equinix", "Equinix Inc.", ["Equinix Inc.", "Equinix"], "datacenter");
    public static readonly Org DigitalRealty = new("digital-realty", "Digital Realty Trust Inc.", ["Digital Realty Trust Inc.", "Digital Realty"], "datacenter");
    public static readonly Org Quanta = new("quanta", "Quanta Computer Inc.", ["Quanta Computer Inc.", "Quanta Computer", "Quanta"], "server");
    public static readonly Org Wiwynn = new("wiwynn", "Wiwynn Corp.", ["Wiwynn Corp.", "Wiwynn"], "server");
    public static readonly Org Fujitsu = new("fujitsu", "Fujitsu Ltd.", ["Fujitsu Ltd.", "Fujitsu"], "software", "server");
    public static readonly Org Kddi = new("kddi", "KDDI Corp.", ["KDDI Corp.", "KDDI"], "telecom");
    public static readonly Org Infosys = new("infosys", "Infosys Ltd.", ["Infosys Ltd.", "Infosys"], "software");
    public static readonly Org Wipro = new("wipro", "Wipro Ltd.", ["Wipro Ltd.", "Wipro"], "software");
    public static readonly Org Siemens = new("siemens", "Siemens AG", ["Siemens AG", "Siemens"], "conglomerate", "power");
    public static readonly Org Abb = new("abb", "ABB Ltd.", ["ABB Ltd.", "ABB"], "power");
    public static readonly Org Goldman = new("goldman-sachs", "Goldman Sachs Group Inc.", ["Goldman Sachs Group Inc.", "Goldman Sachs"], "bank", "broker");
    public static readonly Org Kingsoft = new("kingsoft-cloud", "Kingsoft Cloud Holdings Ltd.", ["Kingsoft Cloud Holdings Ltd.", "Kingsoft Cloud"], "cloud");
    public static readonly Org Inventec = new("inventec", "Inventec Corp.", ["Inventec Corp.", "Inventec"], "server");
}

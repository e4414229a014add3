using CapexRadar.Domain;

namespace CapexRadar.TestSupport;

/// <summary>
/// Builds an <see cref="EntitySet"/> for a test sentence: every whole-word occurrence of each surface form becomes a
/// mention (<see cref="Mentions.Find"/>). The announcer is the one named, else the first organisation.
/// </summary>
public sealed class Ents(string text)
{
    private readonly List<OrganizationEntity> _orgs = [];
    private readonly List<PersonEntity> _people = [];
    private readonly List<LocationEntity> _places = [];
    private string? _announcer;

    public Ents Org(string id, string name, params string[] surfaces) => Org(id, name, null, [], surfaces);

    public Ents Org(string id, string name, string? country, string[] tags, params string[] surfaces)
    {
        var forms = surfaces.Length == 0 ? [name] : surfaces;
        _orgs.Add(new OrganizationEntity(id, name, [], country, tags, Mentions.Find(text, forms), true));
        return this;
    }

    public Ents Person(string name, string? role = null, string? orgId = null, params string[] surfaces)
    {
        var forms = surfaces.Length == 0 ? [name] : surfaces;
        _people.Add(new PersonEntity(name, role, orgId, null, Mentions.Find(text, forms)));
        return this;
    }

    public Ents Place(string name, string country, LocationKind kind = LocationKind.Country, params string[] surfaces)
    {
        var forms = surfaces.Length == 0 ? [name] : surfaces;
        _places.Add(new LocationEntity(name, country, kind, Mentions.Find(text, forms)));
        return this;
    }

    public Ents Announcer(string id)
    {
        _announcer = id;
        return this;
    }

    public EntitySet Build() => new(_orgs, _people, _places, _announcer ?? _orgs.FirstOrDefault()?.CompanyId);

    public static implicit operator EntitySet(Ents e) => e.Build();
}

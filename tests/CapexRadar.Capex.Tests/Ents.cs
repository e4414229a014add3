using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>Builds an <see cref="EntitySet"/> for a test sentence: every occurrence of each surface form becomes a mention.</summary>
internal sealed class Ents(string text)
{
    private readonly List<OrganizationEntity> _orgs = [];
    private readonly List<PersonEntity> _people = [];
    private readonly List<LocationEntity> _places = [];
    private string? _announcer;

    public Ents Org(string id, string name, params string[] surfaces) => Org(id, name, null, [], surfaces);

    public Ents Org(string id, string name, string? country, string[] tags, params string[] surfaces)
    {
        var forms = surfaces.Length == 0 ? [name] : surfaces;
        _orgs.Add(new OrganizationEntity(id, name, [], country, tags, Find(forms), true));
        return this;
    }

    public Ents Person(string name, string? role = null, string? orgId = null, params string[] surfaces)
    {
        var forms = surfaces.Length == 0 ? [name] : surfaces;
        _people.Add(new PersonEntity(name, role, orgId, null, Find(forms)));
        return this;
    }

    public Ents Place(string name, string country, LocationKind kind = LocationKind.Country, params string[] surfaces)
    {
        var forms = surfaces.Length == 0 ? [name] : surfaces;
        _places.Add(new LocationEntity(name, country, kind, Find(forms)));
        return this;
    }

    public Ents Announcer(string id)
    {
        _announcer = id;
        return this;
    }

    public EntitySet Build() => new(_orgs, _people, _places, _announcer ?? _orgs.FirstOrDefault()?.CompanyId);

    public static implicit operator EntitySet(Ents e) => e.Build();

    /// <summary>All whole-word occurrences, longest surface first, not overlapping each other.</summary>
    private List<TextSpan> Find(string[] forms)
    {
        var spans = new List<TextSpan>();
        foreach (var form in forms.OrderByDescending(f => f.Length))
        {
            var at = 0;
            while ((at = text.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + form.Length;
                var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var wordEnd = end >= text.Length || !char.IsLetterOrDigit(text[end]);
                var span = new TextSpan(at, end);
                if (wordStart && wordEnd && !spans.Any(s => s.Overlaps(span))) spans.Add(span);
                at = end;
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}

using CapexRadar.Domain;

namespace CapexRadar.Entities.Extraction;

/// <summary>The rule trail of one extraction (<c>capexradar extract --explain ID</c>).</summary>
internal sealed partial class ExtractionRun
{
    /// <summary>After <see cref="Run"/>: one line per candidate organisation, person and place with the stage that first
    /// found it and what became of it (kept, merged into another, or dropped when the set was built).</summary>
    public IReadOnlyList<string> Trail(EntitySet result)
    {
        var lines = new List<string>();
        var orgIds = result.Organizations.Select(o => o.CompanyId).ToHashSet(StringComparer.Ordinal);
        foreach (var o in _orgs)
        {
            var status = o.Merged ? $"merged into {(o.MergedInto >= 0 && o.MergedInto < _orgs.Count ? _orgs[o.MergedInto].Name : "another")}"
                : orgIds.Contains(o.Id) ? "kept" : "dropped when the set was built";
            lines.Add($"organisation '{o.Name}' ({o.Id}) ← {o.FoundBy}: {status}");
        }
        var people = result.People.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in _people)
            lines.Add($"person '{p.Name}' ← {p.FoundBy}: {(people.Contains(p.Name) ? $"kept{(p.Role is { } r ? $" ({r})" : "")}" : "dropped when the set was built")}");
        var places = result.Locations.Select(l => (l.Name, l.CountryCode)).ToHashSet();
        foreach (var p in _places)
            lines.Add($"place '{p.Name}' ({p.Country}) ← {p.FoundBy}: {(places.Contains((p.Name, p.Country)) ? "kept" : "dropped when the set was built")}");
        if (result.AnnouncerId is { } id) lines.Add($"announcer: {id}");
        return lines;
    }
}

using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

internal static class X
{
    public static readonly EntityExtractor Default = EntityExtractor.CreateDefault();

    public static EntitySet Run(string raw) => Default.Extract(TextNormalizer.Normalize(raw));

    public static string[] Orgs(this EntitySet e) => e.Organizations.Select(o => o.Name).ToArray();

    public static OrganizationEntity Org(this EntitySet e, string nameStart) =>
        e.Organizations.FirstOrDefault(o => o.Name.StartsWith(nameStart, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no organisation starting with '{nameStart}' in [{string.Join(", ", e.Orgs())}]");

    public static PersonEntity Person(this EntitySet e, string name) =>
        e.People.FirstOrDefault(p => p.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"no person '{name}' in [{string.Join(", ", e.People.Select(p => p.Name))}]");

    public static string[] Countries(this EntitySet e) => e.Locations.Select(l => l.CountryCode).Distinct().OrderBy(c => c).ToArray();

    /// <summary>The repository's shared/ folder (beside the repo), or null when it is not there.</summary>
    public static string? SharedDir() => TestPaths.SharedDir();
}

namespace CapexRadar.Domain;

/// <summary>
/// Matches what a user typed ("alibaba", "Alibaba Group", "alibaba-group") against a company's id and name:
/// equal ids, or every word of the query among the name's words (case- and punctuation-insensitive).
/// </summary>
public static class CompanyQuery
{
    public static bool Matches(string query, string? companyId, string? companyName)
    {
        if (string.IsNullOrWhiteSpace(query)) return false;
        var q = query.Trim();
        if (companyId is not null && string.Equals(companyId, q, StringComparison.OrdinalIgnoreCase)) return true;
        if (string.IsNullOrEmpty(companyName)) return false;
        var nameWords = Words(companyName);
        var queryWords = Words(q);
        return queryWords.Count > 0 && queryWords.All(nameWords.Contains);
    }

    private static HashSet<string> Words(string text) =>
        text.Split([' ', '-', '_', '.', ',', '(', ')', '\'', '’', '&'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .ToHashSet();
}

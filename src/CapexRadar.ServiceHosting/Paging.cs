using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Paging of list RPCs: <c>page_size</c> (a default when zero, INVALID_ARGUMENT when negative, capped at a documented
/// maximum) and an opaque <c>page_token</c> that this service issued for the same list (anything else:
/// INVALID_ARGUMENT). Two kinds of position:
/// <list type="bullet">
/// <item><see cref="AfterKey{T}"/>: lists in time order resume after the last entry's (time, announcement id, ordinal
/// within that announcement), so entries added elsewhere in the list neither repeat nor skip an entry of the next page.</item>
/// <item><see cref="AtOffset{T}"/>: rankings, recomputed on every call, resume at a rank.</item>
/// </list>
/// </summary>
public static class Paging
{
    private const string Version = "p1";

    /// <summary>Rankings are not paged past this many entries (a deeper page token is INVALID_ARGUMENT).</summary>
    public const int MaxOffset = 100_000;

    public static int Size(int requested, int fallback, int max) => requested switch
    {
        < 0 => throw RequestGuard.Invalid("page_size must not be negative"),
        0 => fallback,
        _ => Math.Min(requested, max),
    };

    /// <summary>
    /// The page of <paramref name="ordered"/> (sorted by time, then announcement id) after the token's position, and the
    /// token of the next page ("" on the last page).
    /// </summary>
    public static (List<T> Page, string NextPageToken) AfterKey<T>(IReadOnlyList<T> ordered, Func<T, (DateTimeOffset At, string Id)> key,
        string list, int pageSize, string pageToken)
    {
        var after = KeyPosition(list, pageToken);
        var page = new List<T>(Math.Min(pageSize, ordered.Count));
        (long Ticks, string Id, int Ordinal) last = (0, "", 0);
        (long Ticks, string Id) group = (long.MinValue, "");
        var n = 0;
        foreach (var item in ordered)
        {
            var (at, id) = key(item);
            var k = (at.UtcTicks, id);
            n = k == group ? n + 1 : 0;
            group = k;
            if (after is { } a && Compare((k.UtcTicks, id, n), a) <= 0) continue;
            if (page.Count == pageSize) return (page, Encode(list, last.Ticks.ToString(CultureInfo.InvariantCulture), last.Ordinal.ToString(CultureInfo.InvariantCulture), last.Id));
            page.Add(item);
            last = (k.UtcTicks, id, n);
        }
        return (page, "");
    }

    /// <summary>The position a time-ordered list's page token stands for (null when empty); INVALID_ARGUMENT when malformed.</summary>
    public static (long Ticks, string Id, int Ordinal)? KeyPosition(string list, string pageToken)
    {
        if (string.IsNullOrEmpty(pageToken)) return null;
        var f = Decode(pageToken, list, 3);
        if (!long.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) ||
            !int.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ordinal) || ordinal < 0)
            throw InvalidToken();
        return (ticks, f[2], ordinal);
    }

    /// <summary>The page of a ranking at the token's offset, and the next page's token ("" on the last page).</summary>
    public static (List<T> Page, string NextPageToken) AtOffset<T>(IReadOnlyList<T> ranked, string list, int pageSize, string pageToken)
    {
        var offset = Offset(list, pageToken);
        var page = ranked.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count;
        return (page, next < ranked.Count && next <= MaxOffset ? OffsetToken(list, next) : "");
    }

    /// <summary>The offset a ranking's page token stands for (0 when empty).</summary>
    public static int Offset(string list, string pageToken)
    {
        if (string.IsNullOrEmpty(pageToken)) return 0;
        var f = Decode(pageToken, list, 1);
        if (!int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) || offset is < 0 or > MaxOffset) throw InvalidToken();
        return offset;
    }

    public static string OffsetToken(string list, int offset) => Encode(list, offset.ToString(CultureInfo.InvariantCulture));

    private static int Compare((long Ticks, string Id, int Ordinal) x, (long Ticks, string Id, int Ordinal) y)
    {
        var c = x.Ticks.CompareTo(y.Ticks);
        if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
        return c != 0 ? c : x.Ordinal.CompareTo(y.Ordinal);
    }

    private static string Encode(string list, params string[] fields) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', [Version, list, .. fields])));

    private static string[] Decode(string token, string list, int fields)
    {
        if (token.Length > 1024) throw InvalidToken();
        string text;
        try { text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)); }
        catch (FormatException) { throw InvalidToken(); }
        var parts = text.Split('\n');
        // the id (last field) is whatever follows: it never contains a line break (ids are validated), but keep it whole
        if (parts.Length < fields + 2 || parts[0] != Version || parts[1] != list) throw InvalidToken();
        return [.. parts.Skip(2).Take(fields - 1), string.Join('\n', parts.Skip(fields + 1))];
    }

    private static Grpc.Core.RpcException InvalidToken() => RequestGuard.Invalid("page_token is not a token this list issued (start again without one)");
}

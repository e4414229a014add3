using Grpc.Core;

namespace CapexRadar.ServiceHosting;

/// <summary>Validation helpers that fail with INVALID_ARGUMENT and a message naming the field.</summary>
public static class RequestGuard
{
    public const int MaxIdLength = 128;

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw Invalid($"{field} is required");
        var trimmed = value.Trim();
        if (trimmed.Length > 512) throw Invalid($"{field} is longer than 512 characters");
        return trimmed;
    }

    /// <summary>
    /// A required announcement id: 1–128 of <c>A-Z a-z 0-9 . _ : -</c> (what Ingest accepts and generates), trimmed;
    /// anything else is INVALID_ARGUMENT naming <paramref name="field"/> (no announcement can have it).
    /// </summary>
    public static string AnnouncementId(string? value, string field = "announcement_id")
    {
        var id = Required(value, field);
        if (id.Length > MaxIdLength) throw Invalid($"{field} is longer than {MaxIdLength} characters");
        foreach (var c in id)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
                throw Invalid($"{field} may contain only letters, digits and . _ : -");
        return id;
    }

    /// <summary>A page size or limit: <paramref name="fallback"/> when zero, INVALID_ARGUMENT when negative, capped at <paramref name="max"/>.</summary>
    public static int Limit(int requested, int fallback, int max) => requested switch
    {
        < 0 => throw Invalid("limit must not be negative"),
        0 => fallback,
        _ => Math.Min(requested, max),
    };

    /// <summary>
    /// An optional timestamp field: null when unset, INVALID_ARGUMENT when its seconds or nanos are outside what
    /// <c>google.protobuf.Timestamp</c> allows (years 1–9999, nanos 0–999,999,999) instead of an INTERNAL error.
    /// </summary>
    public static DateTimeOffset? Timestamp(Google.Protobuf.WellKnownTypes.Timestamp? value, string field)
    {
        if (value is null) return null;
        const long minSeconds = -62_135_596_800L; // 0001-01-01T00:00:00Z
        const long maxSeconds = 253_402_300_799L; // 9999-12-31T23:59:59Z
        if (value.Seconds is < minSeconds or > maxSeconds || value.Nanos is < 0 or > 999_999_999)
            throw Invalid($"{field} is not a valid timestamp (years 1-9999, nanos 0-999999999)");
        return value.ToDateTimeOffset();
    }
}

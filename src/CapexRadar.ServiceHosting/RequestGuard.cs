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

    /// <summary>A page size or limit: <paramref name="fallback"/> when zero, INVALID_ARGUMENT when negative, capped at <paramref name="max"/>.</summary>
    public static int Limit(int requested, int fallback, int max) => requested switch
    {
        < 0 => throw Invalid("limit must not be negative"),
        0 => fallback,
        _ => Math.Min(requested, max),
    };
}

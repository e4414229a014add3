using System.Security.Cryptography;
using System.Text;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Text;
using Grpc.Core;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>A validated, normalised announcement ready to store.</summary>
public sealed record ValidAnnouncement(
    string? RequestedId,
    string Source,
    string Url,
    string Title,
    DateTimeOffset? PublishedAt,
    string Text,
    string ContentHash);

/// <summary>
/// Checks an ingest request and normalises its text. Failures are <see cref="RpcException"/>s with
/// INVALID_ARGUMENT (empty body, invalid UTF-8, control characters, bad id/url/timestamp) or
/// RESOURCE_EXHAUSTED (body over the size limit).
/// </summary>
public static class AnnouncementValidator
{
    private const int MaxTitleLength = 2_000;
    private const int MaxSourceLength = 200;
    private const int MaxUrlLength = 2_048;
    private static readonly DateTimeOffset EarliestPublishedAt = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ValidAnnouncement Validate(IngestRequest request, int maxBodyBytes, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.Body)) throw Invalid("body is empty");
        var bytes = Encoding.UTF8.GetByteCount(request.Body);
        if (bytes > maxBodyBytes)
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"body is {bytes} bytes; the limit is {maxBodyBytes} bytes of UTF-8"));
        CheckText(request.Body, "body");
        CheckText(request.Title, "title");
        if (request.Title.Length > MaxTitleLength) throw Invalid($"title is longer than {MaxTitleLength} characters");
        if (request.Source.Length > MaxSourceLength) throw Invalid($"source is longer than {MaxSourceLength} characters");
        CheckText(request.Source, "source");

        var id = string.IsNullOrEmpty(request.AnnouncementId) ? null : CheckId(request.AnnouncementId);
        var url = CheckUrl(request.Url);
        var publishedAt = CheckPublishedAt(request, clock);

        var text = TextNormalizer.Normalize(request.Body);
        if (text.Length == 0) throw Invalid("body has no text once markup and whitespace are removed");
        return new ValidAnnouncement(id, request.Source.Trim(), url, TextNormalizer.Normalize(request.Title), publishedAt, text, Hash(text));
    }

    /// <summary>
    /// SHA-256 of the normalised text with every whitespace run as one space: the identity used to detect
    /// duplicates, so the same story re-sent with other line breaks or as HTML is still the same content.
    /// </summary>
    public static string Hash(string text)
    {
        var canonical = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = canonical.Length > 0; continue; }
            if (space) canonical.Append(' ');
            space = false;
            canonical.Append(c);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void CheckText(string value, string field)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            // Protobuf decodes invalid UTF-8 to U+FFFD; unpaired surrogates cannot come from valid UTF-8 either.
            if (c == '\uFFFD') throw Invalid($"{field} is not valid UTF-8 (replacement character at offset {i})");
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
                throw Invalid($"{field} has an unpaired surrogate at offset {i}");
            }
            if (char.IsLowSurrogate(c)) throw Invalid($"{field} has an unpaired surrogate at offset {i}");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                throw Invalid($"{field} contains control character U+{(int)c:X4} at offset {i}");
        }
    }

    private static string CheckId(string id)
    {
        if (id.Length > 128) throw Invalid("announcement_id is longer than 128 characters");
        foreach (var c in id)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
                throw Invalid("announcement_id may contain only letters, digits and . _ : -");
        return id;
    }

    private static string CheckUrl(string url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "";
        if (url.Length > MaxUrlLength) throw Invalid($"url is longer than {MaxUrlLength} characters");
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw Invalid("url must be an absolute http(s) URL");
        return uri.ToString();
    }

    private static DateTimeOffset? CheckPublishedAt(IngestRequest request, TimeProvider clock)
    {
        if (request.PublishedAt is null) return null;
        DateTimeOffset at;
        try { at = request.PublishedAt.ToDateTimeOffset(); }
        catch (InvalidOperationException) { throw Invalid("published_at is not a valid timestamp"); }
        if (at < EarliestPublishedAt) throw Invalid("published_at is before 1990");
        if (at > clock.GetUtcNow().AddDays(1)) throw Invalid("published_at is in the future");
        return at;
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}

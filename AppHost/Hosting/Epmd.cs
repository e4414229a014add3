using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace CapexRadar.AppHost.Hosting;

/// <summary>
/// Talks to the Erlang port mapper daemon over its documented TCP protocol (2-byte length, request code).
/// Used to learn whether epmd was already running before our broker started it, and to stop it afterwards.
/// </summary>
public static class Epmd
{
    public const int DefaultPort = 4369;
    private const byte NamesRequest = (byte)'n';
    private const byte KillRequest = (byte)'k';

    public static bool IsRunning(int port = DefaultPort) => Names(port) is not null;

    /// <summary>The registered node lines ("name X at port N"), or null when no epmd answers.</summary>
    public static IReadOnlyList<string>? Names(int port = DefaultPort)
    {
        var reply = Request(port, NamesRequest);
        if (reply is null || reply.Length < 4)
        {
            return null;
        }

        return Encoding.ASCII.GetString(reply, 4, reply.Length - 4)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// Asks epmd to exit. epmd refuses ("NO") while any node is still registered, so this never pulls the
    /// port mapper from under another broker.
    /// </summary>
    public static bool TryKill(int port = DefaultPort)
    {
        var reply = Request(port, KillRequest);
        return reply is not null && Encoding.ASCII.GetString(reply).StartsWith("OK", StringComparison.Ordinal);
    }

    private static byte[]? Request(int port, byte code)
    {
        try
        {
            using var client = new TcpClient();
            if (!client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(1)))
            {
                return null;
            }

            client.ReceiveTimeout = 2000;
            client.SendTimeout = 2000;
            var stream = client.GetStream();
            Span<byte> request = stackalloc byte[3];
            BinaryPrimitives.WriteUInt16BigEndian(request, 1);
            request[2] = code;
            stream.Write(request);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer); // epmd closes the connection after answering
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is SocketException or IOException or AggregateException)
        {
            return null;
        }
    }
}

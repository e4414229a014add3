using System.Net.Sockets;

namespace CapexRadar.AppHost.Hosting;

/// <summary>
/// Minimal AMQP 0-9-1 liveness probe: send the protocol header and expect the broker's first frame
/// (Connection.Start, a method frame of type 1). A TCP proxy that accepts but has nothing behind it fails this.
/// </summary>
public static class AmqpProbe
{
    private static readonly byte[] ProtocolHeader = "AMQP"u8.ToArray().Concat(new byte[] { 0, 0, 9, 1 }).ToArray();

    public static async Task<(bool Ok, string Detail)> ProbeAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cts.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, cts.Token).ConfigureAwait(false);
            var buffer = new byte[1];
            var read = await stream.ReadAsync(buffer, cts.Token).ConfigureAwait(false);
            if (read == 1 && buffer[0] == 1)
            {
                return (true, $"AMQP 0-9-1 broker answered on {host}:{port}");
            }

            return (false, read == 0 ? $"{host}:{port} closed the connection" : $"{host}:{port} answered frame type {buffer[0]}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"no AMQP answer from {host}:{port} within {timeout.TotalSeconds:0.#} s");
        }
        catch (SocketException ex)
        {
            return (false, $"{host}:{port}: {ex.SocketErrorCode}");
        }
        catch (IOException ex)
        {
            return (false, $"{host}:{port}: {ex.Message}");
        }
    }
}

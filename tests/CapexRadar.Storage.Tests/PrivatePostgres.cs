using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CapexRadar.Storage.Tests;

/// <summary>
/// A throw-away PostgreSQL server from Debian's binaries (<c>/usr/lib/postgresql/15/bin</c>, package
/// <c>postgresql</c>, which <c>.ci/run</c> and <c>scripts/test.sh</c> install when missing): initdb into a temp
/// directory, <c>postgres</c> on a free loopback port, run as the <c>postgres</c> user when the tests run as root.
/// Trust authentication is fine here: loopback only, the directory is removed at the end.
/// </summary>
public sealed class PrivatePostgres : IAsyncLifetime
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cxr-pg-" + Guid.NewGuid().ToString("n")[..8]);
    private Process? _server;

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "postgres")))
            throw new InvalidOperationException($"PostgreSQL is not installed ({BinDirectory}): apt-get install -y postgresql");
        Directory.CreateDirectory(_root);
        var data = Path.Combine(_root, "data");
        if (Environment.IsPrivilegedProcess) await RunAsync("chown", ["postgres:postgres", _root], asPostgres: false);
        await RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        Port = FreePort();
        _server = Start(Path.Combine(BinDirectory, "postgres"),
            ["-D", data, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", _root, "-c", "listen_addresses=127.0.0.1",
             "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"]);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            await RunAsync("kill", ["-INT", _server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], asPostgres: false); // fast shutdown
            if (!_server.WaitForExit(15_000)) _server.Kill(entireProcessTree: true);
        }
        _server?.Dispose();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> args, bool asPostgres)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            info.FileName = "setpriv"; // execs the program as postgres: no intermediate process
            foreach (var a in new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", "--", file }) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = file;
        }
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    private static Process Start(string file, IEnumerable<string> args)
    {
        var process = Process.Start(StartInfo(file, args, asPostgres: true))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task RunAsync(string file, IEnumerable<string> args, bool asPostgres = true)
    {
        using var process = Process.Start(StartInfo(file, args, asPostgres))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await output}{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

namespace CapexRadar.Security;

/// <summary>
/// Secrets kept as files readable by their owner only (mode 0600): the embedded signing key, the client token, the
/// broker password. Written atomically (temp file, then rename) so a reader never sees half a secret.
/// </summary>
public static class SecretFiles
{
    /// <summary>File name of the embedded signing key under the data directory.</summary>
    public const string SigningKeyFileName = "signing-key";

    /// <summary>File name of the ready client token under the data directory.</summary>
    public const string ClientTokenFileName = "client-token";

    /// <summary>The secret stored at <paramref name="path"/>, created with <paramref name="generate"/> the first time.</summary>
    public static string ReadOrCreate(string path, Func<string> generate)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing) return existing;
        var value = generate();
        Write(path, value);
        return value;
    }

    public static void Write(string path, string value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + "." + Guid.NewGuid().ToString("n")[..8] + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(value + "\n");
        File.Move(temp, path, overwrite: true);
    }
}

namespace CapexRadar.TestSupport;

/// <summary>Where the shared corpus lives relative to a test run.</summary>
public static class TestPaths
{
    /// <summary>The shared/ folder beside (or above) the checkout, or null when it is not there.</summary>
    public static string? SharedDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return Path.Combine(dir.FullName, "shared");
            dir = dir.Parent;
        }
        return Directory.Exists("/work/shared/corpus") ? "/work/shared" : null;
    }
}

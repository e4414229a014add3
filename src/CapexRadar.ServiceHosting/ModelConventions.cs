using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CapexRadar.ServiceHosting;

public static class ModelConventions
{
    /// <summary>
    /// SQLite has no date type: store <see cref="DateTimeOffset"/> as a sortable 64-bit number so queries can
    /// order and compare by time in SQL (PostgreSQL keeps its native timestamptz).
    /// </summary>
    public static void UseSortableTimestamps(this ModelConfigurationBuilder conventions, DatabaseFacade database)
    {
        if (database.IsSqlite())
            conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

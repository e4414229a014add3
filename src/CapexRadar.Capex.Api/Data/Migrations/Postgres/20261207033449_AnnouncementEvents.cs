using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapexRadar.Capex.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnnouncementEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // IF NOT EXISTS: a database an earlier version made with EnsureCreated is baselined at the first migration and
            // may already hold this table (README, "Storage"); the model snapshot is what EF Core generated.
            migrationBuilder.Sql("""
                CREATE TABLE IF NOT EXISTS "AnnouncementEvents" ("AnnouncementId" text NOT NULL, "EventId" text NOT NULL, CONSTRAINT "PK_AnnouncementEvents" PRIMARY KEY ("AnnouncementId"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnouncementEvents");
        }
    }
}

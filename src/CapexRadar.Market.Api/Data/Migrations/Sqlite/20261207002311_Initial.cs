using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapexRadar.Market.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnouncementEvents",
                columns: table => new
                {
                    AnnouncementId = table.Column<string>(type: "TEXT", nullable: false),
                    EventId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnouncementEvents", x => x.AnnouncementId);
                });

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    AnnouncementId = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnnouncerId = table.Column<string>(type: "TEXT", nullable: true),
                    AnnouncerName = table.Column<string>(type: "TEXT", nullable: true),
                    MovesJson = table.Column<string>(type: "TEXT", nullable: false),
                    MoveCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", nullable: false),
                    ExtractedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.AnnouncementId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_AnnouncerId",
                table: "Announcements",
                column: "AnnouncerId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_PublishedAt",
                table: "Announcements",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnouncementEvents");

            migrationBuilder.DropTable(
                name: "Announcements");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapexRadar.Ingestion.Api.Events.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnnouncerId",
                table: "Memberships",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MemberJson",
                table: "Memberships",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Events",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnnouncerId",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "MemberJson",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Events");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapexRadar.Ingestion.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StageFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FactsJson",
                table: "Stages",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FactsJson",
                table: "Stages");
        }
    }
}

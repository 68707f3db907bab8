using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FrozenPassMarkWeightAndRetiredTests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Retired",
                table: "BatteryTests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "PassMark",
                table: "Attempts",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "Weight",
                table: "Attempts",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            // The same back-fill as on SQLite (the statement is standard SQL).
            migrationBuilder.Sql(Sqlite.FrozenPassMarkWeightAndRetiredTests.BackFill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Retired",
                table: "BatteryTests");

            migrationBuilder.DropColumn(
                name: "PassMark",
                table: "Attempts");

            migrationBuilder.DropColumn(
                name: "Weight",
                table: "Attempts");
        }
    }
}

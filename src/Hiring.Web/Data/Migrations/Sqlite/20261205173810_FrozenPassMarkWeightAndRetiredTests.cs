using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "PassMark",
                table: "Attempts",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "Weight",
                table: "Attempts",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            // Attempts already made keep the pass mark and weight of their battery test as it is now.
            migrationBuilder.Sql(BackFill);
        }

        internal const string BackFill = """
            UPDATE "Attempts" SET
                "PassMark" = (SELECT t."PassMark" FROM "BatteryTests" t WHERE t."Id" = "Attempts"."BatteryTestId"),
                "Weight" = (SELECT t."Weight" FROM "BatteryTests" t WHERE t."Id" = "Attempts"."BatteryTestId");
            """;

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

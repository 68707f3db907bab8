using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Battery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CompleteTestsWithinDays",
                table: "Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "AccommodationFactor",
                table: "Applications",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<DateTime>(
                name: "TestsDueAt",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TestsInvitedAt",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BatteryTests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PassMark = table.Column<double>(type: "REAL", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    CreditOutages = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatteryTests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BatteryTests_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BatteryTests_PostId_Kind",
                table: "BatteryTests",
                columns: new[] { "PostId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatteryTests");

            migrationBuilder.DropColumn(
                name: "CompleteTestsWithinDays",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "AccommodationFactor",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "TestsDueAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "TestsInvitedAt",
                table: "Applications");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Attempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatteryTestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FormSeed = table.Column<long>(type: "INTEGER", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    AccommodationFactor = table.Column<double>(type: "REAL", nullable: false),
                    CreditOutages = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastContactAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OutageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OutageSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Raw = table.Column<double>(type: "REAL", nullable: true),
                    MaxRaw = table.Column<double>(type: "REAL", nullable: true),
                    Percent = table.Column<double>(type: "REAL", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: true),
                    BlurCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaySeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    PasteCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CopyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FullscreenExits = table.Column<int>(type: "INTEGER", nullable: false),
                    SyntheticInputs = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attempts_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attempts_BatteryTests_BatteryTestId",
                        column: x => x.BatteryTestId,
                        principalTable: "BatteryTests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AttemptAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400000, nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttemptAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttemptAnswers_Attempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "Attempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AttemptAnswers_AttemptId_ItemId",
                table: "AttemptAnswers",
                columns: new[] { "AttemptId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_ApplicationId_BatteryTestId",
                table: "Attempts",
                columns: new[] { "ApplicationId", "BatteryTestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_BatteryTestId",
                table: "Attempts",
                column: "BatteryTestId");

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_Kind_SubmittedAt",
                table: "Attempts",
                columns: new[] { "Kind", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_SubmittedAt_DeadlineAt",
                table: "Attempts",
                columns: new[] { "SubmittedAt", "DeadlineAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttemptAnswers");

            migrationBuilder.DropTable(
                name: "Attempts");
        }
    }
}

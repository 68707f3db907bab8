using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PipelineRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PipelineRuleActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UndoneById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelineRuleActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PipelineRuleActions_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PipelineRules",
                columns: table => new
                {
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    InviteOnApply = table.Column<bool>(type: "INTEGER", nullable: false),
                    InviteDelayHours = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectKnockedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    RejectAfterHours = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MoveWhenTested = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShortlistWhenPassed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShortlistMinComposite = table.Column<double>(type: "REAL", nullable: false),
                    TestReminderHours = table.Column<int>(type: "INTEGER", nullable: false),
                    ScorecardReminders = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelineRules", x => x.PostId);
                    table.ForeignKey(
                        name: "FK_PipelineRules_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PipelineRuleActions_ApplicationId_Rule",
                table: "PipelineRuleActions",
                columns: new[] { "ApplicationId", "Rule" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PipelineRuleActions_PostId_At",
                table: "PipelineRuleActions",
                columns: new[] { "PostId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PipelineRuleActions");

            migrationBuilder.DropTable(
                name: "PipelineRules");
        }
    }
}

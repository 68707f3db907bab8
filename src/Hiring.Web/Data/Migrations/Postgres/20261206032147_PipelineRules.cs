using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hiring.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UndoneById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    InviteOnApply = table.Column<bool>(type: "boolean", nullable: false),
                    InviteDelayHours = table.Column<int>(type: "integer", nullable: false),
                    RejectKnockedOut = table.Column<bool>(type: "boolean", nullable: false),
                    RejectAfterHours = table.Column<int>(type: "integer", nullable: false),
                    RejectReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    MoveWhenTested = table.Column<bool>(type: "boolean", nullable: false),
                    ShortlistWhenPassed = table.Column<bool>(type: "boolean", nullable: false),
                    ShortlistMinComposite = table.Column<double>(type: "double precision", nullable: false),
                    TestReminderHours = table.Column<int>(type: "integer", nullable: false),
                    ScorecardReminders = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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

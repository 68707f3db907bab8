using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Recruiting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FullName",
                table: "Applications",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "KnockedOut",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "Applications",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Applications",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "Screening_AverageCallMinutes",
                table: "Applications",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Screening_CallsPerHour",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Screening_ContactCentreMonths",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "Screening_ConversionRatePercent",
                table: "Applications",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Screening_FirstCallResolutionPercent",
                table: "Applications",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Screening_ProductsSold",
                table: "Applications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Screening_QuietRoom",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Screening_ReliableConnection",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Screening_ShiftsAvailable",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Screening_Weekends",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "Applications",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "TestReminderSentAt",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApplicationNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationNotes_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MailTemplates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EditedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailTemplates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    KnockOutAnswers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    KnockOutBelow = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostQuestions_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    KnocksOut = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionAnswers_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionAnswers_PostQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "PostQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Stage_TestsDueAt",
                table: "Applications",
                columns: new[] { "Stage", "TestsDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationNotes_ApplicationId_At",
                table: "ApplicationNotes",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_ApplicationId",
                table: "OutboxMails",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_Status_NextAttemptAt",
                table: "OutboxMails",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostQuestions_PostId_Order",
                table: "PostQuestions",
                columns: new[] { "PostId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionAnswers_ApplicationId_QuestionId",
                table: "QuestionAnswers",
                columns: new[] { "ApplicationId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionAnswers_QuestionId",
                table: "QuestionAnswers",
                column: "QuestionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationNotes");

            migrationBuilder.DropTable(
                name: "MailTemplates");

            migrationBuilder.DropTable(
                name: "OutboxMails");

            migrationBuilder.DropTable(
                name: "QuestionAnswers");

            migrationBuilder.DropTable(
                name: "PostQuestions");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Stage_TestsDueAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FullName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "KnockedOut",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_AverageCallMinutes",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_CallsPerHour",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_ContactCentreMonths",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_ConversionRatePercent",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_FirstCallResolutionPercent",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_ProductsSold",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_QuietRoom",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_ReliableConnection",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_ShiftsAvailable",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Screening_Weekends",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "TestReminderSentAt",
                table: "Applications");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NormTablesPerLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tables stored before norm groups had a language mixed every language's attempts: they go, and live counting
            // stands in until the next hourly pass stores one table per language.
            migrationBuilder.Sql("DELETE FROM \"NormRows\";");

            migrationBuilder.DropIndex(
                name: "IX_NormRows_Kind_PostType",
                table: "NormRows");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "NormRows",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_NormRows_Kind_PostType_Language",
                table: "NormRows",
                columns: new[] { "Kind", "PostType", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"NormRows\";");

            migrationBuilder.DropIndex(
                name: "IX_NormRows_Kind_PostType_Language",
                table: "NormRows");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "NormRows");

            migrationBuilder.CreateIndex(
                name: "IX_NormRows_Kind_PostType",
                table: "NormRows",
                columns: new[] { "Kind", "PostType" },
                unique: true);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostAndBankLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BankItems_Bank_IsCurrent",
                table: "BankItems");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Posts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "BankItems",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.CreateIndex(
                name: "IX_BankItems_Bank_Language_IsCurrent",
                table: "BankItems",
                columns: new[] { "Bank", "Language", "IsCurrent" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BankItems_Bank_Language_IsCurrent",
                table: "BankItems");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "BankItems");

            migrationBuilder.CreateIndex(
                name: "IX_BankItems_Bank_IsCurrent",
                table: "BankItems",
                columns: new[] { "Bank", "IsCurrent" });
        }
    }
}

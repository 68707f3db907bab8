using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hiring.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "BankItems",
                type: "TEXT",
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

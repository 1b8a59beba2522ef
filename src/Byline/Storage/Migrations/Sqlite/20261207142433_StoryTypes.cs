using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Revisions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "News");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PendingCopies",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "News");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Articles",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "News");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PendingCopies");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Articles");
        }
    }
}

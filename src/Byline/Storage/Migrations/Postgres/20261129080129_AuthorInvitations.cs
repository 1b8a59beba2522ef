using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuthorInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "Invitations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuthorContacts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorContacts", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_AuthorContacts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_PersonId",
                table: "Invitations",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuthorContacts");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_PersonId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "Invitations");
        }
    }
}

package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csip.local.tools.BulkReportImport;
import org.csip.local.demo.GatewayClient;
import org.csip.stack.LocalStack;
import org.csip.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bulk import a performance officer runs ({@code ./csip-import-reports --confirm <folder>}) on the six published
 * reports, through the gateway with a real Keycloak token: new councils' reports recorded, the demo council's
 * already-recorded ones recognised and left alone, a line per file as it goes and a table at the end.
 */
@ExtendWith(StackExtension.class)
class BulkReportImportIT {
    private final LocalStack stack = StackExtension.stack();

    @Test
    void aFolderOfReportsIsReadRecordedWhereReadyAndReportedFileByFile() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path folder = StackConfig.findRepoRoot().resolve("inspection-service/src/test/resources/ofsted");
        // The folder holds reports of four councils: the importer is an inspection editor whose organisation covers
        // them (made for the test, as an administrator adds one); a council's own people import only its reports.
        KeycloakAdmin admin = KeycloakAdmin.of(stack);
        admin.createOrganisation("bulk-import-test", "Bulk import test: four councils", "council",
                List.of("380", "896", "420", "342"));
        admin.createUser("bulk.importer", "bulk-import-test", List.of("inspection-editor", "viewer"));
        List<BulkReportImport.Row> rows = new BulkReportImport(
                GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), "bulk.importer", KeycloakAdmin.PASSWORD),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run(folder, true);
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.println(output);

        Map<String, BulkReportImport.Row> byFile = rows.stream()
                .collect(Collectors.toMap(BulkReportImport.Row::file, Function.identity()));
        assertThat(byFile).hasSize(6);
        for (String recorded : List.of("bradford-2023-01-31.pdf", "cheshire-west-and-chester-2019-05-08.pdf",
                "isles-of-scilly-2023-08-25.pdf")) {
            assertThat(byFile.get(recorded).result()).startsWith("RECORDED ")
                    .endsWith("(published date from the file name)");
        }
        // The demo already holds St Helens' three inspections: the importer says so and records nothing twice.
        for (String known : List.of("st-helens-2015-01-20.pdf", "st-helens-2023-09-04.pdf")) {
            assertThat(byFile.get(known).result()).startsWith("NOT RECORDED: check").contains("onSiteStart");
        }
        // The 2019 report is the very file the demo imported: recognised by its digest.
        assertThat(byFile.get("st-helens-2019-11-04.pdf").result()).startsWith("NOT RECORDED: check file");
        assertThat(byFile.get("bradford-2023-01-31.pdf").council()).isEqualTo("Bradford (380)");
        assertThat(byFile.get("bradford-2023-01-31.pdf").items()).isEqualTo(14);
        assertThat(byFile.get("st-helens-2015-01-20.pdf").items()).isEqualTo(27);
        assertThat(output).contains("[1/6] bradford-2023-01-31.pdf … RECORDED", "[6/6] st-helens-2023-09-04.pdf … ",
                "file", "council", "overall", "6 report(s) in", "ms per report");

        String importer = Keycloak.testUserToken(stack, "bulk.importer");
        String director = Keycloak.userToken(stack, "director");
        given().auth().oauth2(director).queryParam("laCode", "380").when().get(stack.gatewayUrl() + "/api/inspections")
                .then().statusCode(403);
        String bradford = given().auth().oauth2(importer).queryParam("laCode", "380")
                .when().get(stack.gatewayUrl() + "/api/inspections")
                .then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].publishedDate", equalTo("2023-01-31"))
                .body("[0].onSiteStart", equalTo("2022-11-21"))
                .body("[0].leadInspector", equalTo("Matt Reed"))
                .body("[0].judgements.find { it.area == 'OVERALL_EFFECTIVENESS' }.grade", equalTo("INADEQUATE"))
                .extract().path("[0].id");
        given().auth().oauth2(importer).when().get(stack.gatewayUrl() + "/api/inspections/" + bradford + "/findings")
                .then().statusCode(200).body("", hasSize(14));
        given().auth().oauth2(director).when().get(stack.gatewayUrl() + "/api/inspections/" + bradford + "/findings")
                .then().statusCode(403);
        // St Helens' own published inspections are still the demo's seven: none recorded twice. (Its list also holds
        // inspections of the force covering it, which other tests record: PartnershipScrutinyIT.)
        given().auth().oauth2(director).queryParam("laCode", "342").queryParam("status", "PUBLISHED")
                .queryParam("size", "200").when().get(stack.gatewayUrl() + "/api/inspections")
                .then().statusCode(200).body("findAll { it.laCode == '342' }", hasSize(7));
    }
}

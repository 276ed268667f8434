package org.csip.workforce.benchmark;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The DfE files shipped with CSIP, loaded at first start, set a council beside England, its region and neighbours. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class BenchmarkTest {
    private static final String CSWW_HEADER = "\uFEFFtime_period,time_identifier,geographic_level,country_code,"
            + "country_name,region_code,region_name,old_la_code,new_la_code,la_name,turnover_rate_fte,vacancy_rate_fte,"
            + "agency_rate_fte,agency_cover_rate_fte,vacancy_agency_cover_rate_fte,caseload_fte,absence_rate_fte\n";

    static RequestSpecification as(String agency, String... roles) {
        return given().auth().oauth2(TestTokens.user(agency, roles));
    }

    @Test
    void stHelensTurnoverSitsBesideEnglandTheNorthWestAndItsTenNeighbours() {
        // Any signed-in user reads benchmarks, a workforce editor of another agency too.
        as("police", "workforce-editor").queryParam("laCode", "342").queryParam("measure", "turnover_rate")
                .when().get("/api/benchmarks").then().statusCode(200)
                .body("laName", equalTo("St. Helens")).body("regionName", equalTo("North West"))
                .body("unit", equalTo("%")).body("higherIsBetter", equalTo(false))
                .body("neighbours.laCode", contains("876", "343", "340", "840", "807", "370", "394", "344", "808", "894"))
                .body("neighbours[0].name", equalTo("Halton"))
                .body("years.year", contains(2017, 2018, 2019, 2020, 2021, 2022, 2023))
                .body("years.council.value", contains(10.1f, 8.7f, 27.7f, 8.4f, 24.3f, 20.5f, 14))
                .body("years[2].england.value", equalTo(15))
                .body("years[2].region.value", equalTo(13.5f))
                .body("years[2].neighbours.mean", equalTo(15.2f)).body("years[2].neighbours.reporting", equalTo(10))
                .body("years[6].england.value", equalTo(15.9f)).body("years[6].region.value", equalTo(15.3f))
                .body("years[6].neighbours.mean", equalTo(14.1f));
    }

    @Test
    void theOtherMeasuresComeFromTheirOwnFiles() {
        RequestSpecification viewer = as("health", "viewer");
        viewer.queryParam("laCode", "342").queryParam("measure", "caseload").when().get("/api/benchmarks").then()
                .statusCode(200).body("years.council.value", hasItem(19.7f));
        as("health", "viewer").queryParam("laCode", "342").queryParam("measure", "cla_rate").when().get("/api/benchmarks")
                .then().statusCode(200).body("years.find { it.year == 2023 }.council.value", equalTo(127));
        as("health", "viewer").queryParam("laCode", "342").queryParam("measure", "re_referral_rate")
                .when().get("/api/benchmarks").then().statusCode(200)
                .body("years.find { it.year == 2023 }.council.value", equalTo(23.3f))
                .body("years.year", hasItem(2013));
        as("health", "viewer").when().get("/api/benchmarks/measures").then().statusCode(200)
                .body("key", hasItem("referrals_rate")).body("key", hasItem("cin_rate"));
    }

    @Test
    void flagsStayFlagsAndAreLeftOutOfTheNeighboursMean() {
        as("council", "viewer").queryParam("laCode", "207").queryParam("measure", "agency_rate")
                .when().get("/api/benchmarks").then().statusCode(200)
                .body("years.find { it.year == 2023 }.council.flag", equalTo("x"))
                .body("years.find { it.year == 2023 }.council.value", nullValue());
        // Gateshead published no turnover number for 2022 ("u"): Barnsley's neighbour mean is of the other nine.
        as("council", "viewer").queryParam("laCode", "370").queryParam("measure", "turnover_rate")
                .when().get("/api/benchmarks").then().statusCode(200)
                .body("years.find { it.year == 2022 }.neighbours.reporting", equalTo(9))
                .body("years.find { it.year == 2022 }.neighbours.of", equalTo(10))
                .body("years.find { it.year == 2022 }.neighbours.mean", equalTo(17.8f));
    }

    @Test
    void badQuestionsAreRefusedNamingTheParameter() {
        as("council", "viewer").queryParam("laCode", "St Helens").queryParam("measure", "turnover_rate")
                .when().get("/api/benchmarks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("laCode"));
        as("council", "viewer").queryParam("laCode", "342").queryParam("measure", "happiness")
                .when().get("/api/benchmarks").then().statusCode(400).body("errors.field", contains("measure"));
        as("council", "viewer").queryParam("laCode", "999").queryParam("measure", "turnover_rate")
                .when().get("/api/benchmarks").then().statusCode(404);
        given().queryParam("laCode", "342").queryParam("measure", "turnover_rate").when().get("/api/benchmarks")
                .then().statusCode(401);
    }

    @Test
    void theCouncilImportsANewerFileAllOrNothing() {
        int next = java.time.LocalDate.now().getYear() + 1;
        String row = "%d,Reporting year,Local authority,E92000001,England,E12000002,North West,342,E08000013,"
                + "St. Helens,12.3,20.1,19.9,70,60,17.5,3.1\n";
        as("council", "workforce-editor").contentType("text/csv; charset=UTF-8").queryParam("dataset", "csww")
                .body(CSWW_HEADER + row.formatted(next)).when().post("/api/benchmarks/import").then().statusCode(200)
                .body("rows", equalTo(1)).body("figures", equalTo(7)).body("flagged", equalTo(0));
        as("council", "viewer").queryParam("laCode", "342").queryParam("measure", "turnover_rate")
                .when().get("/api/benchmarks").then().statusCode(200)
                .body("years.find { it.year == " + next + " }.council.value", equalTo(12.3f));

        // A missing column, or one bad row: nothing of the file is imported.
        as("council", "plan-editor").contentType("text/csv; charset=UTF-8").queryParam("dataset", "csww")
                .body(CSWW_HEADER.replace(",caseload_fte", "") + row.formatted(next - 1).replace(",17.5", ""))
                .when().post("/api/benchmarks/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("file")).body("detail", containsString("caseload_fte"));
        as("council", "workforce-editor").contentType("text/csv; charset=UTF-8").queryParam("dataset", "csww")
                .body(CSWW_HEADER + row.formatted(next - 2) + row.formatted(next - 2).replace(next - 2 + ",",
                        (next - 2) + "/" + (next - 1) % 100 + ","))
                .when().post("/api/benchmarks/import").then().statusCode(400).body("detail", containsString("line 3"));
        as("council", "viewer").queryParam("laCode", "342").queryParam("measure", "turnover_rate")
                .when().get("/api/benchmarks").then().statusCode(200)
                .body("years.year", not(hasItem(next - 1))).body("years.year", not(hasItem(next - 2)));

        as("council", "workforce-editor").contentType("text/csv; charset=UTF-8").queryParam("dataset", "ofsted")
                .body(CSWW_HEADER).when().post("/api/benchmarks/import").then().statusCode(400)
                .body("errors.field", contains("dataset"));
    }

    @Test
    void aFileWithAFigureThatCannotBeRightImportsNothing() {
        int year = java.time.LocalDate.now().getYear() - 2;
        String row = year + ",Reporting year,Local authority,E92000001,England,E12000002,North West,342,E08000013,"
                + "St. Helens,12.3,20.1,19.9,70,60,17.5,3.1\n";
        String[][] cases = {
                {row.replace(",12.3,", ",-4,"), "is negative"},
                {row.replace(",12.3,", ",140,"), "over 100"},
                {row.replace(",17.5,", ",1e20,"), "too large"},
                {row.replace(",12.3,", ",c\u0000x,"), "control character"},
                {row.replace(",12.3,", ",suppressed-long-flag,"), "over 8 characters"},
                {row.replace("St. Helens", "S".repeat(200)), "over 120 characters"},
                {row.replace(year + ",", "2147483647,"), "must be a year"},
                {row.replace(year + ",", "1066,"), "must be a year"}};
        for (String[] bad : cases) {
            as("council", "workforce-editor").contentType("text/csv; charset=UTF-8").queryParam("dataset", "csww")
                    .body(CSWW_HEADER + bad[0]).when().post("/api/benchmarks/import").then().log().ifValidationFails()
                    .statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("file"))
                    .body("detail", containsString(bad[1]));
        }
        as("council", "viewer").queryParam("laCode", "342").queryParam("measure", "turnover_rate")
                .when().get("/api/benchmarks").then().statusCode(200)
                .body("years.find { it.year == " + year + " }", nullValue());
    }

    @Test
    void onlyTheCouncilImports() {
        for (String token : new String[] {TestTokens.user("police", "workforce-editor"),
                TestTokens.user("council", "viewer"), TestTokens.overseer("improvement-adviser")}) {
            given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").queryParam("dataset", "csww").body(CSWW_HEADER)
                    .when().post("/api/benchmarks/import").then().statusCode(403);
        }
        given().contentType("text/csv; charset=UTF-8").queryParam("dataset", "csww").body(CSWW_HEADER)
                .when().post("/api/benchmarks/import").then().statusCode(401);
    }
}

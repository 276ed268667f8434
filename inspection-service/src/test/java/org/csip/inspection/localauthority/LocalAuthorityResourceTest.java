package org.csip.inspection.localauthority;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class LocalAuthorityResourceTest {
    private static final String VIEWER = TestTokens.user("police", "viewer");

    @Inject
    LocalAuthorityImport register;

    @Test
    void stHelensIsInTheRegisterWithItsCodesRegionAndTenStatisticalNeighbours() {
        given().auth().oauth2(VIEWER).when().get("/api/local-authorities/342")
                .then().statusCode(200)
                .body("name", equalTo("St. Helens"))
                .body("onsCode", equalTo("E08000013"))
                .body("regionName", equalTo("North West"))
                .body("statisticalNeighbours", hasSize(10))
                .body("statisticalNeighbours[0].laCode", equalTo("876"))
                .body("statisticalNeighbours[0].name", equalTo("Halton"))
                .body("statisticalNeighbours.rank", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    }

    @Test
    void theRegisterHoldsEveryCouncilOfTheFileIncludingFormerOnes() {
        // 153 councils today plus Cumbria, Northamptonshire and Poole, kept for their past inspections.
        given().auth().oauth2(VIEWER).when().get("/api/local-authorities")
                .then().statusCode(200).body("$", hasSize(156));
        given().auth().oauth2(VIEWER).when().get("/api/local-authorities/928")
                .then().statusCode(200).body("name", equalTo("Northamptonshire"))
                .body("statisticalNeighbours", hasSize(0));
    }

    @Test
    void searchByNameAndRegion() {
        given().auth().oauth2(VIEWER).when().get("/api/local-authorities?name=helens")
                .then().statusCode(200).body("laCode", contains("342"));
        given().auth().oauth2(VIEWER).queryParam("region", "north west").when().get("/api/local-authorities")
                .then().statusCode(200)
                .body("regionName", everyItem(equalTo("North West")))
                .body("laCode", hasItem("342"));
    }

    @Test
    void aSearchTermWithAControlCharacterIsA400NamingItsParameter() {
        given().auth().oauth2(VIEWER).queryParam("name", "helens\u0000").when().get("/api/local-authorities")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        given().auth().oauth2(VIEWER).queryParam("region", "\u001bnorth").when().get("/api/local-authorities")
                .then().statusCode(400).body("errors[0].field", equalTo("region"));
    }

    @Test
    void reImportingIsHarmless() {
        register.importRegister();
        given().auth().oauth2(VIEWER).when().get("/api/local-authorities")
                .then().statusCode(200).body("$", hasSize(156));
    }

    @Test
    void anUnknownCodeIsA404AndTheRegisterNeedsAToken() {
        given().auth().oauth2(VIEWER).when().get("/api/local-authorities/999")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/local-authorities").then().statusCode(401);
    }

    @Test
    void anInspectionOfACouncilOutsideTheRegisterIsRefusedNamingLaCode() {
        given().auth().oauth2(TestTokens.user("council", "inspection-editor")).contentType("application/json")
                .body("{\"laCode\": \"999\", \"type\": \"STANDARD\", \"notifiedDate\": \"2019-09-16\"}")
                .when().post("/api/inspections")
                .then().statusCode(400).body("errors.field", hasItem("laCode"));
    }
}

package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.sql.DriverManager;
import java.util.UUID;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services as deployed (their built jars, started by the stack with each replica's own settings) wait a bounded
 * time for a row another change holds: a progress report kept behind a change that holds its action is told to come
 * back (503 naming the database, with Retry-After) before the gateway gives up on the service (10 s), rather than
 * waiting until the transaction's own timeout ends it a minute later with a logged 500 (lock_timeout and RowLock;
 * ConcurrentProgressTest proves each bound in the service's tests, this that the deployed configuration has them).
 */
@ExtendWith(StackExtension.class)
class LockWaitIT {
    private final LocalStack stack = StackExtension.stack();

    @Test
    void aReportKeptBehindAChangeThatHoldsItsActionIsTurnedAwayBeforeTheGatewayGivesUp() throws Exception {
        TestPlan plan = TestPlan.create(stack, "Lock wait plan");
        String police = Keycloak.userToken(stack, "police.lead");
        try (var holder = DriverManager.getConnection(stack.postgres().jdbcUrl("action_plans"), PostgresLauncher.USER,
                PostgresLauncher.PASSWORD)) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT 1 FROM action WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(plan.policeAction()));
                lock.executeQuery().close();
            }
            long sent = System.nanoTime();
            Response refused = report(police, plan.policeAction(), "Behind a long change");
            long waitedMs = (System.nanoTime() - sent) / 1_000_000;
            System.out.printf("A report behind a held action was answered %d after %d ms%n", refused.statusCode(),
                    waitedMs);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.body().asString()).as("the service's answer, not the gateway's own")
                    .contains("The database is busy with another change to the same record");
            assertThat(waitedMs).as("turned away before the gateway's 10 s").isLessThan(10_000);
            holder.rollback();
        }
        assertThat(report(police, plan.policeAction(), "Once the change is over").statusCode()).isEqualTo(201);
    }

    private Response report(String token, String action, String narrative) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"rag\": \"AMBER\", \"narrative\": \"%s\", \"percentComplete\": 40}".formatted(narrative))
                .when().post(stack.gatewayUrl() + "/api/actions/" + action + "/updates");
    }
}

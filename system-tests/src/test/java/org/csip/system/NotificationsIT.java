package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Email against the whole stack: real Keycloak logins choosing it through the gateway, the action-plan-service
 * composing every few seconds (as many runs as a week of days) and sending to the stack's real SMTP server — the
 * police action owner gets exactly one weekly digest of police actions, the health owner none of the police's; the
 * SMTP server stopped while a message is due → it arrives after the server returns, once; the link at the foot of a
 * message unsubscribes without signing in.
 */
@ExtendWith(StackExtension.class)
class NotificationsIT {
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe\\?token=([0-9a-f-]{36})");
    private final LocalStack stack = StackExtension.stack();

    @Test
    void thePoliceOwnerGetsOneWeeklyDigestOfPoliceActionsAndTheHealthOwnerNoneOfThePolices() throws Exception {
        String police = Keycloak.userToken(stack, "police.lead");
        String health = Keycloak.userToken(stack, "health.lead");
        choose(police, "WEEKLY");
        choose(health, "WEEKLY");
        List<String> policeOverdue = titles(police, "/partners/police/actions?overdue=true&size=500");
        List<String> healthTitles = titles(health, "/partners/health/actions?size=500");
        assertThat(policeOverdue).isNotEmpty();

        MimeMessage digest = one("police.lead@police.csip.test", "Your actions");
        String html = html(digest);
        assertThat(policeOverdue).anySatisfy(title -> assertThat(html).contains(escaped(title)));
        assertThat(healthTitles.stream().filter(t -> !policeOverdue.contains(t)).filter(t -> html.contains(escaped(t))))
                .as("health's actions in the police digest").isEmpty();
        String theirs = html(one("health.lead@health.csip.test", "Your actions"));
        assertThat(policeOverdue.stream().filter(t -> !healthTitles.contains(t)).filter(t -> theirs
                .contains(escaped(t)))).as("police actions in the health digest").isEmpty();
        // Composing runs every 3 s here: through several more runs, still one digest each this week.
        await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(12)).until(() ->
                to("police.lead@police.csip.test", "Your actions").size() == 1
                        && to("health.lead@health.csip.test", "Your actions").size() == 1);
    }

    @Test
    void theSmtpServerStoppedDelaysTheBoardPackWhichArrivesOnceWhenItReturnsAndItsLinkUnsubscribes() throws Exception {
        stack.mail().close();
        try {
            choose(Keycloak.userToken(stack, "board.chair"), "WEEKLY");
            await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts("board.chair@oversight.csip.test") > 0);
        } finally {
            stack.restart(stack.mail());
        }
        MimeMessage pack = one("board.chair@oversight.csip.test", "Improvement board pack");
        assertThat(html(pack)).contains("St. Helens");
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() ->
                to("board.chair@oversight.csip.test", "Improvement board pack").size() == 1);

        Matcher link = UNSUBSCRIBE.matcher(html(pack));
        assertThat(link.find()).isTrue();
        Response page = given().redirects().follow(false).when().get(stack.gatewayUrl() + "/unsubscribe?token="
                + link.group(1));
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(csrf.find()).isTrue();
        given().redirects().follow(false).cookies(page.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam(csrf.group(1), csrf.group(2)).formParam("token", link.group(1))
                .when().post(stack.gatewayUrl() + "/unsubscribe").then().statusCode(200);
        given().auth().oauth2(Keycloak.userToken(stack, "board.chair")).when()
                .get(stack.gatewayUrl() + "/api/notifications/me").then().statusCode(200)
                .body("frequency", org.hamcrest.Matchers.equalTo("OFF"));
        given().when().get(stack.gatewayUrl() + "/unsubscribe?token=00000000-0000-0000-0000-000000000000").then()
                .statusCode(200);
        given().contentType("application/json").body("{\"token\": \"" + link.group(1) + "\"}").when()
                .post(stack.gatewayUrl() + "/api/notifications/unsubscribe").then().statusCode(401);
    }

    private void choose(String token, String frequency) {
        given().auth().oauth2(token).contentType("application/json").body("{\"frequency\": \"" + frequency + "\"}")
                .when().post(stack.gatewayUrl() + "/api/notifications/me").then().statusCode(200);
    }

    private List<String> titles(String token, String path) {
        return given().auth().oauth2(token).when().get(stack.gatewayUrl() + path).then().statusCode(200)
                .extract().jsonPath().getList("title", String.class);
    }

    private MimeMessage one(String address, String subjectStart) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !to(address, subjectStart).isEmpty());
        List<MimeMessage> messages = to(address, subjectStart);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private List<MimeMessage> to(String address, String subjectStart) {
        return stack.mail().received().stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains(address)
                        && m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private long failedAttempts(String address) throws Exception {
        try (var connection = DriverManager.getConnection(stack.postgres().jdbcUrl("action_plans"),
                PostgresLauncher.USER, PostgresLauncher.PASSWORD);
             var statement = connection.prepareStatement("SELECT coalesce(sum(attempts), 0) FROM mail_outbox"
                     + " WHERE recipient = ? AND status = 'PENDING'")) {
            statement.setString(1, address);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The message's HTML part. */
    static String html(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            return find(multipart);
        }
        return content.toString();
    }

    private static String find(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/html")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                String found = find(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** As Qute escapes it into the HTML part. */
    private static String escaped(String title) {
        return title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

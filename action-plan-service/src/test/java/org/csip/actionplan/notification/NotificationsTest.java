package org.csip.actionplan.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.editorOf;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.SmtpTestResource;
import org.csip.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSIP's email against a real SMTP server (GreenMail), in Cheshire West and Chester (896), which only this class
 * uses: each person's digest of their own agency's actions once per period even with two replicas composing and
 * sending at once, the deadline warning, the board's pack, the adviser's reminder, an SMTP outage that delays mail
 * and loses none, a bad address recorded without stopping the rest, and unsubscribing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpTestResource.class, restrictToAnnotatedClass = false)
class NotificationsTest {
    private static final String COUNCIL = "896";
    /** A Monday: the week's digest is composed at the first run of its week. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static boolean planned;
    private static String overdue;
    private static String soon;
    private static String later;
    private static String healthOverdue;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    MailComposer composer;

    @Inject
    MailSender sender;

    @BeforeEach
    void aPlanWithActionsOfEachAgency() {
        if (planned) {
            return;
        }
        var visit = new InspectionSide(bootstrapServers, dataSource).publish(COUNCIL, "FOCUSED_VISIT", "PRIORITY_ACTION");
        String plan = Api.plan(COUNCIL, visit.inspectionId());
        String theme = Api.theme(COUNCIL, plan, "Front door");
        overdue = action(theme, plan, "POLICE", "Missing-children information shared within a day", "2026-11-30");
        soon = action(theme, plan, "POLICE", "Joint visits for children in need", "2026-12-10");
        later = action(theme, plan, "POLICE", "Custody review with the youth offending team", "2027-03-01");
        healthOverdue = action(theme, plan, "HEALTH", "Health passports for care leavers", "2026-11-20");
        planned = true;
    }

    @Test
    void eachOwnerGetsOneWeeklyDigestOfTheirOwnAgencysActionsEvenWithTwoReplicas() throws Exception {
        String police = subscribe(person("pc.digest@police.example", "police", "action-owner", "viewer"), "WEEKLY");
        String health = subscribe(person("nurse.digest@nhs.example", "health", "action-owner", "viewer"), "WEEKLY");
        twice(() -> composer.compose(MONDAY));
        twice(sender::sendDue);
        MimeMessage digest = only("pc.digest@police.example", "Your actions");
        assertThat(digest.getSubject()).isEqualTo("Your actions: 1 overdue, 1 due in the next 14 days");
        String html = part(digest, "text/html");
        assertThat(html).contains("Missing-children information shared within a day", "Joint visits for children in need",
                "Cheshire West and Chester", "lang=\"en\"")
                .doesNotContain("Custody review with the youth offending team", "Health passports for care leavers");
        assertThat(part(digest, "text/plain")).contains("Overdue", "* Missing-children information shared within a day (late)");
        assertThat(digest.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe?token=");
        MimeMessage theirs = only("nurse.digest@nhs.example", "Your actions");
        assertThat(part(theirs, "text/html")).contains("Health passports for care leavers")
                .doesNotContain("Missing-children information", "Joint visits");
        // The same week again: nothing more for them; the next week: its own digest.
        composer.compose(MONDAY.plusDays(2));
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + police + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + health + "'")).isEqualTo(1);
        composer.compose(MONDAY.plusDays(7));
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + police + "' AND kind = 'DIGEST'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + health + "' AND kind = 'DIGEST'"))
                .isEqualTo(2);
        write("digest.html", html);
        write("digest.txt", part(digest, "text/plain"));
    }

    @Test
    void anSmtpOutageDelaysTheMailAndLosesNoneAndABadAddressIsRecordedNotACrash() throws Exception {
        String daily = subscribe(person("sergeant.outage@police.example", "police", "action-owner"), "DAILY");
        SmtpTestResource.server().close();
        composer.compose(MONDAY.plusDays(1));
        sender.sendDue();
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + daily + "' AND status = 'PENDING'"
                + " AND attempts = 1 AND last_error IS NOT NULL")).isEqualTo(1);
        // A server that takes the connection and never answers holds the sender for the send timeout, not for good.
        try (SilentServer silent = new SilentServer(SmtpTestResource.server().smtpPort())) {
            execute("UPDATE mail_outbox SET next_attempt_at = now() WHERE subscriber = '" + daily + "'");
            var pool = Executors.newSingleThreadExecutor();
            try {
                long started = System.nanoTime();
                pool.submit(sender::sendDue).get(60, TimeUnit.SECONDS);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
            } finally {
                pool.shutdownNow();
            }
            assertThat(silent.accepted()).isPositive();
        }
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + daily + "' AND status = 'PENDING'"
                + " AND attempts = 2 AND last_error LIKE 'the SMTP server did not answer within %'")).isEqualTo(1);
        // A subscriber whose address the SMTP server cannot take (as a directory import might give): recorded.
        execute("INSERT INTO subscriber (subject, email, name, agency, councils, roles, frequency,"
                + " unsubscribe_token, updated_at) VALUES ('bad-address', 'no address at all', 'Bad', 'POLICE',"
                + " '896', 'action-owner', 'DAILY', '" + UUID.randomUUID() + "', now())");
        composer.compose(MONDAY.plusDays(1));
        SmtpTestResource.server().start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            sender.sendDue();
            return !received("sergeant.outage@police.example").isEmpty();
        });
        sender.sendDue();
        assertThat(received("sergeant.outage@police.example")).hasSize(1);
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + daily + "' AND status = 'SENT'"
                + " AND attempts >= 2")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            sender.sendDue();
            return count("SELECT count(*) FROM mail_outbox WHERE subscriber = 'bad-address' AND status = 'FAILED'"
                    + " AND last_error IS NOT NULL") == 1;
        });
    }

    @Test
    void theDeadlineWarningTheBoardsPackAndTheAdvisersReminderGoToWhoseTheyAre() throws Exception {
        String police = subscribe(person("inspector.deadline@police.example", "police", "viewer"), "WEEKLY");
        String chair = subscribe(TestTokens.overseerPerson("chair@board.example", "Board Chair", List.of(COUNCIL),
                "board-member"), "WEEKLY");
        String adviser = subscribe(TestTokens.overseerPerson("adviser@dfe.example", "DfE Adviser", List.of(COUNCIL),
                "improvement-adviser"), "WEEKLY");
        LocalDate today = MONDAY.plusDays(14);
        UUID jtai = UUID.randomUUID();
        UUID intervention = UUID.randomUUID();
        new InspectionSide(bootstrapServers, dataSource).send(List.of(
                InspectionSide.record("csip.inspection.published.v1", jtai.toString(), """
                        {"inspectionId": "%s", "laCode": "896", "type": "JTAI", "graded": false, "status": "PUBLISHED",
                         "notifiedDate": "2026-09-07", "onSiteStart": "2026-09-14", "onSiteEnd": "2026-09-18",
                         "publishedDate": "2026-10-26", "responseDue": "%s"}""".formatted(jtai, today.plusDays(10))),
                InspectionSide.record("csip.intervention.started.v1", intervention.toString(), """
                        {"interventionId": "%s", "laCode": "896", "type": "IMPROVEMENT_NOTICE", "startDate": "2026-11-02",
                         "reviewCadenceWeeks": 6, "nextReviewDue": "%s"}""".formatted(intervention, today.plusDays(3)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM known_intervention WHERE"
                + " intervention_id = '" + intervention + "'") == 1 && count("SELECT count(*) FROM known_inspection"
                + " WHERE inspection_id = '" + jtai + "'") == 1);
        composer.compose(today);
        sender.sendDue();
        MimeMessage warning = only("inspector.deadline@police.example", "The partnership's written statement");
        assertThat(part(warning, "text/html")).contains("falls due in 10 days", "the safeguarding partnership");
        MimeMessage pack = only("chair@board.example", "Improvement board pack");
        assertThat(part(pack, "text/html")).contains("Cheshire West and Chester", "Health passports for care leavers");
        MimeMessage reminder = only("adviser@dfe.example", "Review of Cheshire West and Chester");
        assertThat(part(reminder, "text/html")).contains("/dashboard/report.pdf?council=896", "every 6 weeks");
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber IN ('" + police + "', '" + chair + "', '"
                + adviser + "') AND kind = 'DIGEST'")).isZero();
        write("deadline.html", part(warning, "text/html"));
        write("board-pack.html", part(pack, "text/html"));
        write("review-reminder.html", part(reminder, "text/html"));
    }

    @Test
    void unsubscribingStopsEveryMessageAndNeedsOnlyTheLinksToken() throws Exception {
        String token = person("leaving@police.example", "police", "action-owner");
        String subject = subscribe(token, "DAILY");
        given().when().get("/api/notifications/me").then().statusCode(401);
        String link = tokenOf(subject);
        given().contentType("application/json").body("{\"token\": \"" + link + "\"}").when()
                .post("/api/notifications/unsubscribe").then().statusCode(200).body("subscribed", equalTo(false));
        composer.compose(MONDAY.plusDays(21));
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE subscriber = '" + subject + "'")).isZero();
        given().auth().oauth2(token).when().get("/api/notifications/me").then().statusCode(200)
                .body("frequency", equalTo("OFF"));
        given().contentType("application/json").body("{\"token\": \"" + UUID.randomUUID() + "\"}").when()
                .post("/api/notifications/unsubscribe").then().statusCode(404);
        given().contentType("application/json").body("{\"token\": \"not-a-token\"}").when()
                .post("/api/notifications/unsubscribe").then().statusCode(400);
        // No address in the token: nothing to send to.
        given().auth().oauth2(TestTokens.user("police", "viewer")).contentType("application/json")
                .body("{\"frequency\": \"WEEKLY\"}").when().post("/api/notifications/me").then().statusCode(409);
        given().auth().oauth2(token).contentType("application/json").body("{\"frequency\": \"HOURLY\"}").when()
                .post("/api/notifications/me").then().statusCode(400);
    }

    private static String person(String email, String kind, String... roles) {
        return TestTokens.person(email, "Test " + kind, "org-" + kind + "-896", kind, List.of(COUNCIL), roles);
    }

    /** Subscribes the token's person; their subject. */
    private static String subscribe(String token, String frequency) {
        given().auth().oauth2(token).contentType("application/json").body("{\"frequency\": \"" + frequency + "\"}")
                .when().post("/api/notifications/me").then().statusCode(200).body("frequency", equalTo(frequency));
        return subjectOf(token);
    }

    private static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }

    private String tokenOf(String subject) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT unsubscribe_token FROM subscriber WHERE subject = '" + subject
                     + "'")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String action(String theme, String plan, String agency, String title, String due) {
        return editorOf(COUNCIL).body("""
                {"themeId": "%s", "title": "%s", "leadAgency": "%s", "owner": "%s lead", "startDate": "2026-01-05",
                 "dueDate": "%s"}""".formatted(theme, title, agency, agency.toLowerCase(), due))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(201).extract().path("id");
    }

    private static void twice(Callable<Integer> run) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var runs = List.of(pool.submit(() -> {
                start.await();
                return run.call();
            }), pool.submit(() -> {
                start.await();
                return run.call();
            }));
            start.countDown();
            for (var r : runs) {
                r.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<MimeMessage> received(String address) {
        return SmtpTestResource.server().received().stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The one message to {@code address} whose subject starts so (after waiting for it to arrive). */
    private static MimeMessage only(String address, String subjectStart) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> received(address).stream().anyMatch(m -> subject(m)
                .startsWith(subjectStart)));
        List<MimeMessage> matching = received(address).stream().filter(m -> subject(m).startsWith(subjectStart)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's part of that type (the HTML or the plain text). */
    private static String part(MimeMessage message, String type) throws Exception {
        return find(message.getContent(), type);
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.isMimeType(type)) {
                    return body.getContent().toString();
                }
                String nested = find(body.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Takes connections on the SMTP server's port and never says a word (a hung relay). */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentServer(int port) throws IOException {
            socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int accepted() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    private static void write(String name, String content) throws Exception {
        Path folder = Path.of("target", "mail-examples");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), content);
    }
}

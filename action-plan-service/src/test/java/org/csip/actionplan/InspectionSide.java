package org.csip.actionplan;

import static org.awaitility.Awaitility.await;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Plays the inspection-service in tests: publishes its CloudEvents (binary mode, as its outbox relay does)
 * on the real inspection-events topic, so this service learns them through its real consumer.
 */
public final class InspectionSide {
    private final String bootstrapServers;
    private final DataSource dataSource;

    public InspectionSide(String bootstrapServers, DataSource dataSource) {
        this.bootstrapServers = bootstrapServers;
        this.dataSource = dataSource;
    }

    /**
     * A published inspection with findings of the given kinds ({@code AREA_FOR_IMPROVEMENT@POLICE,HEALTH} addresses
     * one); waits until this service has learned them all.
     */
    public Published publish(String laCode, String type, String... findingKinds) {
        String inspectionId = UUID.randomUUID().toString();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.add(record("csip.inspection.published.v1", inspectionId, """
                {"inspectionId": "%s", "laCode": "%s", "type": "%s", "graded": false, "status": "PUBLISHED",
                 "notifiedDate": "2018-07-03", "onSiteStart": "2018-07-10", "onSiteEnd": "2018-07-11",
                 "publishedDate": "2018-08-10"}""".formatted(inspectionId, laCode, type)));
        List<UUID> findings = new ArrayList<>();
        for (int i = 0; i < findingKinds.length; i++) {
            UUID findingId = UUID.randomUUID();
            findings.add(findingId);
            // "KIND@POLICE,HEALTH" addresses the finding; a bare kind sends no addressedTo, as events before did.
            String[] kindAndAddressees = findingKinds[i].split("@", 2);
            String addressedTo = kindAndAddressees.length == 1 ? "" : ", \"addressedTo\": [\""
                    + String.join("\", \"", kindAndAddressees[1].split(",")) + "\"]";
            records.add(record("csip.finding.recorded.v1", inspectionId, """
                    {"findingId": "%s", "inspectionId": "%s", "laCode": "%s", "inspectionType": "%s",
                     "sequence": %d, "kind": "%s", "area": null, "text": "Finding %d"%s}"""
                    .formatted(findingId, inspectionId, laCode, type, i + 1, kindAndAddressees[0], i + 1,
                            addressedTo)));
        }
        send(records);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("known_inspection", inspectionId) == 1
                && count("known_finding", inspectionId) == findingKinds.length);
        return new Published(UUID.fromString(inspectionId), findings);
    }

    private long count(String table, String inspectionId) throws SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT count(*) FROM " + table
                     + " WHERE inspection_id = ?::uuid")) {
            statement.setString(1, inspectionId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    public void send(List<ProducerRecord<String, String>> records) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(records).awaitCompletion();
        }
    }

    /** An inspection-events record keyed by the inspection, with a fresh {@code ce_id}. */
    public static ProducerRecord<String, String> record(String type, String inspectionId, String body) {
        return record(type, UUID.randomUUID().toString(), inspectionId, body);
    }

    public static ProducerRecord<String, String> record(String type, String eventId, String inspectionId, String body) {
        List<Header> headers = new ArrayList<>();
        headers.add(header("ce_specversion", "1.0"));
        headers.add(header("ce_id", eventId));
        headers.add(header("ce_type", type));
        headers.add(header("ce_source", "/csip/inspection-service"));
        headers.add(header("ce_subject", "inspection/" + inspectionId));
        return new ProducerRecord<>("inspection-events", null, inspectionId, body, headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** What was published: the inspection and its findings in report order. */
    public record Published(UUID inspectionId, List<UUID> findingIds) {
    }
}

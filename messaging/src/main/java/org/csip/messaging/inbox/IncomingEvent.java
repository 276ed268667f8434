package org.csip.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.csip.common.events.CloudEventHeaders;

/**
 * A CloudEvent read from Kafka in binary mode, with the attributes a consumer needs and its JSON data. Its
 * {@code sequence} is its place among its subject's events (null for events published before they were numbered).
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String laCode, String leadAgency, String topic, Long sequence, JsonNode data) {

    /**
     * The record's event type, read from its headers alone (its body is not parsed): a record without an id or a type
     * is not a CloudEvent, a poison message.
     */
    public static String typeOf(ConsumerRecord<?, String> record) {
        required(record, CloudEventHeaders.ID);
        return required(record, CloudEventHeaders.TYPE);
    }

    /** Reads the record; a record that is not a well-formed CSIP CloudEvent is a poison message. */
    public static IncomingEvent from(ConsumerRecord<?, String> record, ObjectMapper mapper) {
        String type = typeOf(record);
        String id = header(record, CloudEventHeaders.ID);
        try {
            JsonNode data = mapper.readTree(record.value());
            if (data == null || !data.isObject()) {
                throw new PoisonEventException("Event " + id + " has no JSON object body");
            }
            String time = header(record, CloudEventHeaders.TIME);
            return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), time == null ? null : OffsetDateTime.parse(time),
                    header(record, CloudEventHeaders.LA_CODE), header(record, CloudEventHeaders.LEAD_AGENCY),
                    record.topic(), CloudEventHeaders.sequenceNumber(header(record, CloudEventHeaders.SEQUENCE)), data);
        } catch (IOException | DateTimeParseException e) {
            throw new PoisonEventException("Event " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a read model that last applied its subject's event number {@code applied} should apply this one: not
     * when this one is the same or older (a replay, or a late copy), so a read model never goes back in time.
     * Events without a number (published before numbering) are applied as before.
     */
    public boolean isNewerThan(Long applied) {
        return applied == null || sequence == null || sequence > applied;
    }

    /** A text field the event cannot do without; absent or blank → poison message naming it. */
    public String text(String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new PoisonEventException(type + " " + id + " has no " + field);
        }
        return value.asText();
    }

    /** A text field that may be absent. */
    public String optionalText(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A required UUID field. */
    public UUID uuid(String field) {
        try {
            return UUID.fromString(text(field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(type + " " + id + " has an invalid " + field, e);
        }
    }

    /** An ISO date field that may be absent; present but malformed → poison message naming it. */
    public LocalDate optionalDate(String field) {
        String value = optionalText(field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(type + " " + id + " has an invalid " + field, e);
        }
    }

    /** A required ISO date field. */
    public LocalDate date(String field) {
        text(field);
        return optionalDate(field);
    }

    /** A number field that may be absent (e.g. a suppressed statistic); present but not a number → poison. */
    public BigDecimal optionalNumber(String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new PoisonEventException(type + " " + id + " has a non-numeric " + field);
        }
        return value.decimalValue();
    }

    private static String required(ConsumerRecord<?, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header: not a CloudEvent");
        }
        return value;
    }

    static String header(ConsumerRecord<?, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

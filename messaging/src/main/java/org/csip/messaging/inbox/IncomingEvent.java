package org.csip.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.csip.common.events.CloudEventHeaders;

/** A CloudEvent read from Kafka in binary mode, with the attributes a consumer needs and its JSON data. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String laCode, String leadAgency, String topic, JsonNode data) {

    /** Reads the record; a record that is not a well-formed CSIP CloudEvent is a poison message. */
    public static IncomingEvent from(ConsumerRecord<?, String> record, ObjectMapper mapper) {
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        try {
            JsonNode data = mapper.readTree(record.value());
            if (data == null || !data.isObject()) {
                throw new PoisonEventException("Event " + id + " has no JSON object body");
            }
            String time = header(record, CloudEventHeaders.TIME);
            return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), time == null ? null : OffsetDateTime.parse(time),
                    header(record, CloudEventHeaders.LA_CODE), header(record, CloudEventHeaders.LEAD_AGENCY),
                    record.topic(), data);
        } catch (IOException | DateTimeParseException e) {
            throw new PoisonEventException("Event " + id + " cannot be read: " + e.getMessage(), e);
        }
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

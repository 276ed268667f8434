package org.csip.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    enum Colour { RED, AMBER, GREEN }

    record Part(String name) {
    }

    record Body(LocalDate on, @DateWindow(earliest = "1960-01-01") LocalDate joined, String text, Integer count,
                Colour colour, BigDecimal rate, List<Part> parts) {
    }

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));
    private final ObjectMapper strict = StrictJson.strict(new ObjectMapper().registerModule(new JavaTimeModule()), TODAY);

    @Test
    void readsAWellFormedBody() throws Exception {
        Body body = strict.readValue("""
                {"on":"2019-11-04","joined":"1985-09-01","text":"Tab\\tand\\nline, العربية","count":3,
                 "colour":"AMBER","rate":12.5,"parts":[{"name":"a"}]}""", Body.class);
        assertEquals(LocalDate.of(2019, 11, 4), body.on());
        assertEquals(LocalDate.of(1985, 9, 1), body.joined());
        assertEquals(Colour.AMBER, body.colour());
        assertEquals(new BigDecimal("12.5"), body.rate());
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"on\":20190101}|on",
            "{\"on\":\"1899-12-31\"}|on",
            "{\"on\":\"0001-01-01\"}|on",
            "{\"on\":\"9999-12-31\"}|on",
            "{\"on\":\"+5874898-01-01\"}|on",
            "{\"on\":\"-4714-01-01\"}|on",
            "{\"on\":\"2019-02-30\"}|on",
            "{\"on\":\"04/11/2019\"}|on",
            "{\"on\":\"\"}|on",
            "{\"on\":[2019,1,1]}|on",
            "{\"joined\":\"1959-12-31\"}|joined",
            "{\"colour\":0}|colour",
            "{\"colour\":\"red\"}|colour",
            "{\"colour\":\"RED \"}|colour",
            "{\"colour\":\" RED\"}|colour",
            "{\"count\":\"5\"}|count",
            "{\"count\":1.5}|count",
            "{\"count\":99999999999}|count",
            "{\"count\":true}|count",
            "{\"rate\":\"12\"}|rate",
            "{\"text\":5}|text",
            "{\"text\":\"a\\u0000b\"}|text",
            "{\"text\":\"a\\u0007b\"}|text",
            "{\"text\":\"a\\u202Eb\"}|text",
            "{\"text\":\"a\\ud800b\"}|text",
            "{\"text\":\"a\",\"text\":\"b\"}|text",
            "{\"parts\":[{\"name\":\"a\\u0000\"}]}|parts[0].name",
            "{\"parts\":{\"name\":\"a\"}}|parts",
            "{\"rate\":Infinity}|rate",
            "{\"wrong\":1}|wrong"})
    void refusesNamingTheField(String json, String field) {
        Exception e = assertThrows(JsonProcessingException.class, () -> strict.readValue(json, Body.class));
        assertEquals(field, fieldOf(e), e.getMessage());
    }

    @Test
    void refusesTrailingTokensAndDeepNesting() {
        assertThrows(JsonProcessingException.class, () -> strict.readValue("{\"count\":1} x", Body.class));
        String deep = "[".repeat(StrictJson.MAX_NESTING + 1) + "]".repeat(StrictJson.MAX_NESTING + 1);
        assertThrows(JsonProcessingException.class, () -> strict.readValue(deep, Object.class));
    }

    @Test
    void saysWhatTheDateMustBe() {
        RefusedValue refused = assertThrows(RefusedValue.class,
                () -> strict.readValue("{\"on\":\"2032-01-01\"}", Body.class));
        assertEquals("must be a date between 1990-01-01 and 2031-12-04", refused.reason());
        assertInstanceOf(RefusedValue.class, assertThrows(RefusedValue.class,
                () -> strict.readValue("{\"on\":20190101}", Body.class)));
    }

    @Test
    void leavesTheApplicationMapperLenient() throws Exception {
        ObjectMapper application = new ObjectMapper().registerModule(new JavaTimeModule());
        StrictJson.strict(application, TODAY);
        assertEquals(5, application.readValue("{\"count\":\"5\"}", Body.class).count());
    }

    private static String fieldOf(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1).replace(".[", "[");
        }
        return org.csip.common.problem.ProblemMappersAccess.fieldOf((JsonProcessingException) e);
    }
}

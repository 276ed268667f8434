package org.csip.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.csip.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {
    enum Status { OPEN, CLOSED }

    @Test
    void readsWellFormedValuesWithTheirSurroundingSpaceRemoved() {
        assertEquals("344", QueryParams.council(" 344\t", "laCode"));
        assertEquals(LocalDate.of(2019, 11, 4), QueryParams.date("2019-11-04 ", "from"));
        assertEquals(Status.OPEN, QueryParams.enumValue(Status.class, " OPEN", "status"));
        assertEquals(7, QueryParams.whole("7", "page", 0, 0, 10));
        assertTrue(QueryParams.flag("true", "answered"));
    }

    @Test
    void anAbsentOrBlankValueIsNotGiven() {
        assertNull(QueryParams.council(null, "laCode"));
        assertNull(QueryParams.council("  ", "laCode"));
        assertNull(QueryParams.uuid("", "teamId"));
        assertEquals(3, QueryParams.whole(" ", "size", 3, 1, 10));
        assertFalse(QueryParams.flag(null, "answered"));
    }

    /** {@code String.trim()} drops every character up to U+0020, so {@code 344%00} once read as council 344. */
    @ParameterizedTest
    @ValueSource(strings = {"344\u0000", "\u0000344", "34\u00004", "344\u001b", "344\u202e", "344\u007f"})
    void aControlCharacterAnywhereIsA400NamingTheParameter(String value) {
        ProblemException refused = assertThrows(ProblemException.class, () -> QueryParams.council(value, "laCode"));
        assertEquals(400, refused.status());
        assertEquals("laCode", refused.problem().errors().get(0).field());
        assertTrue(refused.problem().errors().get(0).message().contains("control character"),
                refused.problem().errors().get(0).message());
    }

    @Test
    void everyReaderRefusesANul() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> QueryParams.date("2019-11-04\u0000", "from")).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> QueryParams.enumValue(Status.class, "OPEN\u0000", "status")).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> QueryParams.uuid("\u0000" + java.util.UUID.randomUUID(), "teamId")).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> QueryParams.whole("7\u0000", "page", 0, 0, 10)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> QueryParams.flag("true\u0000", "answered")).status());
    }
}

package org.csip.inspection.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The frameworks file is data a person edits (the 2027 framework will be a new entry): every mistake that would
 * record wrong judgements is refused when it is read, naming the framework and the fault.
 */
class FrameworksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedFileReadsAndCoversEveryInspectionTypeOnEveryDay() {
        assertThat(Frameworks.all()).extracting(Framework::code)
                .containsExactly("SIF", "ILACS_2018", "ILACS_2023", "ILACS_2026", "NCPI", "UNGRADED");
        for (InspectionType type : InspectionType.values()) {
            assertThat(Frameworks.forType(type)).as(type.name()).isNotEmpty();
        }
        // ILACS runs on without a gap from January 2018: each framework starts the day after the last ends.
        assertThat(Frameworks.get("ILACS_2023").onSiteFrom()).isEqualTo(Frameworks.get("ILACS_2018").onSiteUntil()
                .plusDays(1));
        assertThat(Frameworks.get("ILACS_2026").onSiteFrom()).isEqualTo(Frameworks.get("ILACS_2023").onSiteUntil()
                .plusDays(1));
        assertThat(Frameworks.get("ILACS_2026").period()).isEqualTo("from 2026-04-01 onwards");
        assertThat(Grade.REQUIRES_IMPROVEMENT.label()).isEqualTo("Requires improvement to be good");
    }

    @Test
    void aNewFrameworkIsAnEntryInTheFile() throws Exception {
        Frameworks with2027 = Frameworks.parse(edited(root -> {
            ((ObjectNode) framework(root, "ILACS_2026")).put("onSiteUntil", "2027-03-31");
            ObjectNode renewed = ((ArrayNode) root.get("frameworks")).addObject();
            renewed.put("code", "ILACS_2027").put("name", "the renewed ILACS (illustrative)")
                    .put("onSiteFrom", "2027-04-01").putNull("onSiteUntil").putNull("overall");
            renewed.putArray("inspectionTypes").add("STANDARD").add("SHORT");
            renewed.putArray("scale").add("OUTSTANDING").add("GOOD");
            renewed.putArray("unranked");
            renewed.putArray("areas").addObject().put("code", "DISABLED_CHILDREN")
                    .put("label", "The experiences of disabled children").put("short", "disabled children")
                    .put("required", true);
        }), "test");
        assertThat(with2027).isNotNull();
    }

    @Test
    void mistakesAreRefusedWhenTheFileIsReadNamingTheFrameworkAndTheFault() throws Exception {
        assertBroken(root -> ((ObjectNode) framework(root, "ILACS_2023")).put("code", "ILACS_2018"),
                "ILACS_2018", "used twice");
        assertBroken(root -> ((ObjectNode) framework(root, "ILACS_2023")).put("onSiteFrom", "2022-12-01"),
                "ILACS_2023", "overlap ILACS_2018");
        assertBroken(root -> ((ObjectNode) framework(root, "ILACS_2023")).put("overall", "CARE_LEAVERS_X"),
                "ILACS_2023", "overall area CARE_LEAVERS_X");
        assertBroken(root -> ((ArrayNode) framework(root, "SIF").get("scale")).add("SUPERB"), "SIF", "SUPERB");
        assertBroken(root -> ((ObjectNode) framework(root, "UNGRADED")).putArray("inspectionTypes").add("JTAI"),
                "FOCUSED_VISIT", "no framework applies");
        assertBroken(root -> ((ObjectNode) framework(root, "SIF")).put("onSiteUntil", "31/12/2018"), "SIF",
                "not a date");
        assertBroken(root -> ((ArrayNode) framework(root, "SIF").get("areas")).addObject().put("code", "LSCB"),
                "SIF", "listed twice");
        assertBroken(root -> ((ObjectNode) framework(root, "ILACS_2026")).put("code", "X".repeat(33)), "XXXX",
                "1-32");
    }

    private static void assertBroken(Consumer<ObjectNode> edit, String names, String says) throws Exception {
        ObjectNode root = edited(edit);
        assertThatThrownBy(() -> Frameworks.parse(root, "frameworks.json")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frameworks.json").hasMessageContaining(names).hasMessageContaining(says);
    }

    private static ObjectNode edited(Consumer<ObjectNode> edit) throws Exception {
        try (InputStream in = FrameworksTest.class.getResourceAsStream(Frameworks.RESOURCE)) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            edit.accept(root);
            return root;
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode framework(ObjectNode root, String code) {
        for (com.fasterxml.jackson.databind.JsonNode framework : root.get("frameworks")) {
            if (framework.get("code").asText().equals(code)) {
                return framework;
            }
        }
        throw new IllegalArgumentException(code);
    }
}

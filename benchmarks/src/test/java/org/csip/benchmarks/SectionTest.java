package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void onlyTheMarkedSectionIsRewritten() {
        String doc = "# Performance\n\nMethod by hand.\n\n<!-- results:gateway-overhead -->\nold figures\n"
                + "<!-- /results:gateway-overhead -->\n\nMore by hand.\n";
        assertThat(Section.replace(doc, "gateway-overhead", "| new | figures |\n")).isEqualTo("# Performance\n\n"
                + "Method by hand.\n\n<!-- results:gateway-overhead -->\n| new | figures |\n"
                + "<!-- /results:gateway-overhead -->\n\nMore by hand.\n");
    }

    @Test
    void aDocumentWithoutTheSectionIsRefusedNotAppendedTo() {
        assertThatThrownBy(() -> Section.replace("# Performance\n", "relay", "x"))
                .hasMessageContaining("<!-- results:relay -->");
    }
}

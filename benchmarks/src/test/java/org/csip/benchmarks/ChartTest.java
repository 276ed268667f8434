package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts scale each bar to the chart's largest value and print every value and label, escaped. */
class ChartTest {

    @Test
    void barsAreToScaleAndLabelsAreEscaped() {
        String svg = Chart.pairs("Relay <throughput>", "events/s", "relay", "raw",
                List.of(new Chart.Row("20,000 events & more", 3400, 20000), new Chart.Row("p50", 0, 12.5)));
        assertThat(svg).startsWith("<svg ").endsWith("</svg>\n")
                .contains("Relay &lt;throughput&gt; (events/s)", "20,000 events &amp; more")
                .contains("width=\"420\" height=\"14\" fill=\"#f47738\"") // the largest value fills the bar area
                .contains("width=\"71\" height=\"14\" fill=\"#1d70b8\"") // 3,400 of 20,000 of 420 px
                .contains(">3,400<", ">20,000<", ">12.5<", ">0.0<");
    }
}

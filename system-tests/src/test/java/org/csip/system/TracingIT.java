package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csip.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One request's trace, as an operator would follow it in a tracing tool: the gateway, the service that owns the
 * change, that service's event on Kafka, and the other service that consumes it — one trace across four hops and
 * three processes, exported by the real services over OTLP.
 */
@ExtendWith(StackExtension.class)
class TracingIT {
    @Test
    void aChangeThroughTheGatewayIsOneTraceFromGatewayToTheEventsConsumer() {
        LocalStack stack = StackExtension.stack();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String director = Keycloak.userToken(stack, TestPlan.EDITOR);

        String inspection = given().auth().oauth2(director).contentType("application/json")
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .body("""
                        {"laCode": "340", "type": "MONITORING_VISIT", "notifiedDate": "%s", "theme": "Traced"}
                        """.formatted(LocalDate.now().minusDays(2)))
                .when().post(stack.gatewayUrl() + "/api/inspections").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TraceCollector.ExportedSpan> trace = StackExtension.traces().trace(traceId);
            assertThat(kinds(trace, "gateway")).contains("SERVER", "CLIENT");
            assertThat(kinds(trace, "inspection-service")).contains("SERVER", "PRODUCER");
            assertThat(kinds(trace, "action-plan-service")).contains("CONSUMER");
        });
        List<TraceCollector.ExportedSpan> trace = StackExtension.traces().trace(traceId);
        // Each hop is the child of the one before: the consumer's parent is the producer, whose trace began at the
        // gateway with the caller's own traceparent.
        TraceCollector.ExportedSpan producer = trace.stream().filter(s -> s.service().equals("inspection-service")
                && s.kind().equals("PRODUCER")).findFirst().orElseThrow();
        assertThat(trace).anySatisfy(span -> {
            assertThat(span.service()).isEqualTo("action-plan-service");
            assertThat(span.kind()).isEqualTo("CONSUMER");
            assertThat(span.parentSpanId()).isEqualTo(producer.spanId());
        });
        assertThat(trace).anySatisfy(span -> {
            assertThat(span.service()).isEqualTo("gateway");
            assertThat(span.parentSpanId()).isEqualTo("b7ad6b7169203331");
        });
        System.out.printf("Inspection %s: trace %s has %d spans: %s%n", inspection, traceId, trace.size(),
                trace.stream().map(s -> s.service() + " " + s.kind() + " " + s.name()).collect(Collectors.joining(
                        "; ")));
    }

    private static Set<String> kinds(List<TraceCollector.ExportedSpan> trace, String service) {
        return trace.stream().filter(span -> span.service().equals(service)).map(TraceCollector.ExportedSpan::kind)
                .collect(Collectors.toSet());
    }
}

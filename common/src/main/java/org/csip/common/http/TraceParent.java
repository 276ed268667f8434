package org.csip.common.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} of the current span, for what OpenTelemetry does not carry by itself: the gateway's
 * calls through the JDK HTTP client, and the outbox row, so an event published later by the relay still belongs to
 * the trace of the request that caused it (and a consumer's work joins that trace through Kafka's record headers).
 */
public final class TraceParent {
    /** The W3C header name. */
    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private TraceParent() {
    }

    /** The current span's trace context as a {@code traceparent} value, if there is a valid one. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
                : null;
    }

    /** An OpenTelemetry context whose parent is the span a stored {@code traceparent} names. */
    public static Optional<Context> context(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(traceparent);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        SpanContext parent = SpanContext.createFromRemoteParent(matcher.group(1), matcher.group(2),
                TraceFlags.fromHex(matcher.group(3), 0), TraceState.getDefault());
        return parent.isValid() ? Optional.of(Context.root().with(Span.wrap(parent))) : Optional.empty();
    }
}

package org.csip.stack;

import java.util.List;
import org.csip.stack.KafkaLauncher.TopicSpec;

/** The Kafka topics of docs/architecture.md §4 (3 partitions, key = aggregate id) and the consumers' dead-letter topics. */
public final class Topics {
    public static final String INSPECTION_EVENTS = "inspection-events";
    public static final String ACTION_PLAN_EVENTS = "action-plan-events";
    public static final String WORKFORCE_EVENTS = "workforce-events";

    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(INSPECTION_EVENTS, 3),
            new TopicSpec(ACTION_PLAN_EVENTS, 3),
            new TopicSpec(WORKFORCE_EVENTS, 3),
            new TopicSpec("action-plan-service.dlq", 1));

    private Topics() {
    }
}

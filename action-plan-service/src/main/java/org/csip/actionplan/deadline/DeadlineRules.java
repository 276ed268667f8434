package org.csip.actionplan.deadline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csip.actionplan.deadline.DeadlineRule.Event;
import org.csip.actionplan.deadline.DeadlineRule.Unit;

/**
 * The deadline rules, read once from deadlines/deadline-rules.json and checked as they are read — unique codes, a
 * source for each, known inspection types, a period each can count — so a broken edit stops the service at start
 * with a message naming the rule and the fault.
 */
public final class DeadlineRules {
    public static final String RESOURCE = "/deadlines/deadline-rules.json";
    /** The inspection kinds the inspection-service records: the same data (common's inspection-kinds.json). */
    static final Set<String> INSPECTION_TYPES = org.csip.common.inspection.InspectionKinds.codes();
    private static final List<DeadlineRule> RULES = read();

    private DeadlineRules() {
    }

    public static List<DeadlineRule> all() {
        return RULES;
    }

    private static List<DeadlineRule> read() {
        try (InputStream in = DeadlineRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return check(parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    static List<DeadlineRule> parse(byte[] json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonNode rules = mapper.readTree(json).path("rules");
        List<DeadlineRule> read = new ArrayList<>();
        for (JsonNode rule : rules) {
            read.add(mapper.treeToValue(rule, DeadlineRule.class));
        }
        return read;
    }

    /** The rules if every one is whole and sound; otherwise an exception naming the rule and what is wrong. */
    static List<DeadlineRule> check(List<DeadlineRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " holds no rules");
        }
        Set<String> codes = new HashSet<>();
        for (DeadlineRule rule : rules) {
            String name = "Deadline rule " + rule.code();
            require(rule.code() != null && rule.code().matches("[A-Z][A-Z0-9_]{2,60}"), name, "needs a code such as"
                    + " ACTION_PLAN_AFTER_INADEQUATE");
            require(codes.add(rule.code()), name, "is listed twice");
            require(notBlank(rule.title()), name, "needs a title");
            require(notBlank(rule.source()) && rule.source().length() >= 40, name, "needs its source: the law,"
                    + " framework or letter that sets it");
            require(rule.owner() != null && rule.kind() != null && rule.after() != null && rule.within() != null
                    && rule.metBy() != null, name, "needs owner, kind, after, within and metBy");
            require(rule.after().event() != null, name, "needs after.event");
            boolean inspection = rule.after().event() == Event.INSPECTION_PUBLISHED;
            require(!inspection || (rule.after().inspectionTypes() != null && !rule.after().inspectionTypes().isEmpty()
                    && INSPECTION_TYPES.containsAll(rule.after().inspectionTypes())), name,
                    "after.inspectionTypes must name some of " + INSPECTION_TYPES);
            checkPeriod(name, "within", rule.within(), inspection);
            if (rule.opensAfter() != null) {
                checkPeriod(name, "opensAfter", rule.opensAfter(), inspection);
            }
            require((rule.within().unit() == Unit.REVIEW_CADENCE) == !inspection, name,
                    "counts an intervention's reviews by its own cadence, and only those");
            require(rule.within().unit() != Unit.SET_BY_REPORT || rule.reportMaySet(), name,
                    "takes its date from the report, so reportMaySet must be true");
            require(rule.reportMaySet() == (rule.within().unit() == Unit.SET_BY_REPORT || notBlank(rule.reportDateNote()))
                    && (rule.reportMaySet() || rule.reportDateNote() == null), name, "needs a reportDateNote, in the"
                    + " inspectorate's words, exactly when its report may set the date (reportMaySet) and the rule"
                    + " still counts a period");
        }
        return List.copyOf(rules);
    }

    private static void checkPeriod(String name, String field, DeadlineRule.Period period, boolean inspection) {
        require(period.unit() != null, name, field + ".unit is required");
        boolean fromRecord = period.unit() == Unit.SET_BY_REPORT || period.unit() == Unit.REVIEW_CADENCE;
        require(fromRecord ? period.amount() == null : period.amount() != null && period.amount() > 0
                && period.amount() <= 1000, name, field + ".amount must be 1 to 1000 (none for " + period.unit() + ")");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String rule, String fault) {
        if (!condition) {
            throw new IllegalStateException(rule + " in " + RESOURCE + ": " + fault);
        }
    }
}

package org.csip.common.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csip.common.security.Addressee;

/**
 * The inspectorates and kinds of inspection CSIP knows, read once from {@code inspections/inspection-kinds.json} and
 * checked as they are read (unique codes, known inspectorates and addressees, the usual addressee among them), so a
 * broken data change stops every service that reads it at start, saying what is wrong.
 */
public final class InspectionKinds {
    public static final String RESOURCE = "/inspections/inspection-kinds.json";
    private static final InspectionKinds CATALOGUE = load(RESOURCE);

    private final Map<String, Inspectorate> inspectorates;
    private final Map<String, InspectionKind> kinds;

    private InspectionKinds(Map<String, Inspectorate> inspectorates, Map<String, InspectionKind> kinds) {
        this.inspectorates = inspectorates;
        this.kinds = kinds;
    }

    /** Every kind, in the file's order. */
    public static List<InspectionKind> all() {
        return List.copyOf(CATALOGUE.kinds.values());
    }

    public static Optional<InspectionKind> find(String code) {
        return Optional.ofNullable(code == null ? null : CATALOGUE.kinds.get(code));
    }

    /** Every inspectorate, in the file's order. */
    public static List<Inspectorate> inspectorates() {
        return List.copyOf(CATALOGUE.inspectorates.values());
    }

    public static Optional<Inspectorate> inspectorate(String code) {
        return Optional.ofNullable(code == null ? null : CATALOGUE.inspectorates.get(code));
    }

    /** The codes of every kind, for messages saying what is allowed. */
    public static Set<String> codes() {
        return CATALOGUE.kinds.keySet();
    }

    static InspectionKinds load(String resource) {
        try (InputStream in = InspectionKinds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The inspection kinds " + resource + " are missing");
            }
            return parse(new ObjectMapper().readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the inspection kinds " + resource, e);
        }
    }

    /** Reads and checks a catalogue; package-visible so tests can feed broken ones. */
    static InspectionKinds parse(JsonNode root, String source) {
        Map<String, Inspectorate> inspectorates = new LinkedHashMap<>();
        for (JsonNode node : root.path("inspectorates")) {
            String code = code(node, source, "inspectorate");
            require(notBlank(text(node, "name")) && notBlank(text(node, "fullName")), source, code, "needs a name and"
                    + " fullName");
            require(inspectorates.put(code, new Inspectorate(code, text(node, "name"), text(node, "fullName"),
                    text(node, "url"))) == null, source, code, "is listed twice");
        }
        Map<String, InspectionKind> kinds = new LinkedHashMap<>();
        for (JsonNode node : root.path("kinds")) {
            InspectionKind kind = kind(node, inspectorates, source);
            require(kinds.put(kind.code(), kind) == null, source, kind.code(), "is listed twice");
        }
        require(!kinds.isEmpty(), source, "-", "lists no kinds");
        return new InspectionKinds(inspectorates, kinds);
    }

    private static InspectionKind kind(JsonNode node, Map<String, Inspectorate> known, String source) {
        String code = code(node, source, "kind");
        require(notBlank(text(node, "label")), source, code, "needs a label");
        List<String> always = inspectorates(node.path("inspectorates"), known, source, code);
        List<String> mayJoin = inspectorates(node.path("mayJoin"), known, source, code);
        require(!always.isEmpty(), source, code, "needs the inspectorates that carry it out");
        require(mayJoin.stream().noneMatch(always::contains), source, code, "lists an inspectorate both as always"
                + " taking part and as one that may join");
        Inspected inspects;
        try {
            inspects = Inspected.valueOf(String.valueOf(text(node, "inspects")));
        } catch (IllegalArgumentException e) {
            throw invalid(source, code, "inspects must be one of " + List.of(Inspected.values()));
        }
        Set<Addressee> addressees = EnumSet.noneOf(Addressee.class);
        for (JsonNode name : node.path("addressees")) {
            addressees.add(Addressee.fromName(name.asText()).orElseThrow(() -> invalid(source, code,
                    "unknown addressee " + name.asText())));
        }
        Addressee usual = Addressee.fromName(text(node, "usualAddressee")).orElseThrow(() -> invalid(source, code,
                "needs a usualAddressee"));
        require(addressees.contains(usual), source, code, "its usualAddressee must be one of its addressees");
        require(inspects != Inspected.FORCE || addressees.equals(EnumSet.of(Addressee.POLICE)), source, code,
                "an inspection of a force addresses the police only");
        require(node.path("graded").isBoolean(), source, code, "graded must be true or false");
        return new InspectionKind(code, text(node, "label"), always, mayJoin, inspects, addressees, usual,
                node.path("graded").asBoolean(), node.path("themed").asBoolean(false));
    }

    private static List<String> inspectorates(JsonNode list, Map<String, Inspectorate> known, String source,
                                              String kind) {
        List<String> codes = new ArrayList<>();
        for (JsonNode code : list) {
            require(known.containsKey(code.asText()) && !codes.contains(code.asText()), source, kind,
                    "inspectorate " + code.asText() + " is unknown or listed twice");
            codes.add(code.asText());
        }
        return List.copyOf(codes);
    }

    private static String code(JsonNode node, String source, String what) {
        String code = text(node, "code");
        // Stored in columns of 32 characters (inspection.type, known_inspection.type, inspectorates).
        require(code != null && code.matches("[A-Z][A-Z0-9_]{1,31}"), source, String.valueOf(code), "a " + what
                + " code is 2-32 capitals, digits or _");
        return code;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void require(boolean condition, String source, String code, String why) {
        if (!condition) {
            throw invalid(source, code, why);
        }
    }

    private static IllegalStateException invalid(String source, String code, String why) {
        return new IllegalStateException("Inspection kinds " + source + ", " + code + ": " + why);
    }
}

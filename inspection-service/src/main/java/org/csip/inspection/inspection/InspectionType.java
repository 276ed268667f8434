package org.csip.inspection.inspection;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Set;
import org.csip.common.inspection.Inspected;
import org.csip.common.inspection.InspectionKind;
import org.csip.common.inspection.InspectionKinds;
import org.csip.common.input.RefusedValue;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Addressee;

/**
 * The kind of an inspection as records, the API and events carry it: a code of the kinds CSIP knows as data
 * ({@code inspections/inspection-kinds.json}, docs/inspections.md#kinds), which says who inspects, what, whom its
 * findings address and whether it is graded. The constants name the kinds the report reader and rules refer to.
 */
@JsonDeserialize(using = InspectionType.Reader.class)
public record InspectionType(String code) {
    /** One instance per kind, so that (as with the enum this replaced) a kind is the same object wherever read. */
    private static final java.util.Map<String, InspectionType> CANONICAL = InspectionKinds.all().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(InspectionKind::code,
                    k -> new InspectionType(k.code())));
    public static final InspectionType STANDARD = known("STANDARD");
    public static final InspectionType SHORT = known("SHORT");
    public static final InspectionType FOCUSED_VISIT = known("FOCUSED_VISIT");
    public static final InspectionType MONITORING_VISIT = known("MONITORING_VISIT");
    public static final InspectionType JTAI = known("JTAI");
    public static final InspectionType SIF = known("SIF");
    public static final InspectionType PEER_REVIEW = known("PEER_REVIEW");
    public static final InspectionType FORCE_CHILD_PROTECTION = known("FORCE_CHILD_PROTECTION");

    public InspectionType {
        if (InspectionKinds.find(code).isEmpty()) {
            throw new IllegalArgumentException("No inspection kind " + code + " in " + InspectionKinds.RESOURCE);
        }
    }

    private static InspectionType known(String code) {
        return valueOf(code);
    }

    /** A kind's code from a query parameter (spaces around it ignored, as for enums); unknown → 400 naming it. */
    public static InspectionType parse(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (InspectionKinds.find(code.strip()).isEmpty()) {
            throw ProblemException.invalidField(field, "must be one of " + String.join(", ", InspectionKinds.codes()));
        }
        return CANONICAL.get(code.strip());
    }

    /** Every kind CSIP knows, in the data's order. */
    public static List<InspectionType> values() {
        return InspectionKinds.all().stream().map(k -> CANONICAL.get(k.code())).toList();
    }

    /** The kind with this code, or {@link IllegalArgumentException} (for codes read from data). */
    public static InspectionType valueOf(String code) {
        InspectionType type = code == null ? null : CANONICAL.get(code);
        if (type == null) {
            throw new IllegalArgumentException("No inspection kind " + code + " in " + InspectionKinds.RESOURCE);
        }
        return type;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** The code, as an enum's name was (stored, sent, shown in messages). */
    public String name() {
        return code;
    }

    public InspectionKind kind() {
        return InspectionKinds.find(code).orElseThrow();
    }

    /** Whom a finding is addressed to when the record does not say: the council, a JTAI's partnership, the police. */
    public Addressee usualAddressee() {
        return kind().usualAddressee();
    }

    /** Whom this kind of inspection may address findings to. */
    public Set<Addressee> addressees() {
        return kind().addressees();
    }

    public boolean graded() {
        return kind().graded();
    }

    public String label() {
        return kind().label();
    }

    /** What it inspects: a council, a council area's partnership, or a force (and so all its councils). */
    public Inspected inspects() {
        return kind().inspects();
    }

    @Override
    public String toString() {
        return code;
    }

    /** Reads a kind's code from JSON exactly as an enum's name is read: a string, in capitals, one CSIP knows. */
    public static class Reader extends StdScalarDeserializer<InspectionType> {
        public Reader() {
            super(InspectionType.class);
        }

        @Override
        public InspectionType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String code = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
            if (code == null || InspectionKinds.find(code).isEmpty()) {
                throw new RefusedValue(p, InspectionType.class, "must be one of "
                        + String.join(", ", InspectionKinds.codes()));
            }
            return valueOf(code);
        }
    }

    /** Stores the kind as its code. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<InspectionType, String> {
        @Override
        public String convertToDatabaseColumn(InspectionType type) {
            return type == null ? null : type.code();
        }

        @Override
        public InspectionType convertToEntityAttribute(String code) {
            return code == null ? null : valueOf(code);
        }
    }
}

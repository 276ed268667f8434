package org.csip.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.EnumDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every CSIP service (and the gateway) reads a JSON request body: strictly, so a client's mistake is a 400
 * naming the field rather than a value silently changed — dates only as ISO strings in their window
 * ({@link InputRules}), enums only by name, no string read as a number or fraction cut to an integer, text without
 * control characters, no duplicate key, unknown field or trailing token, nesting at most 64 deep. Only request
 * bodies are read this way: the application's own mapper (events, stored JSON) is unchanged.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {
    /** Deeper than any CSIP body needs (the deepest, a report draft, is 4). */
    static final int MAX_NESTING = 64;

    private final ObjectMapper strict;

    public StrictJson(ObjectMapper application, Clock clock) {
        this.strict = strict(application, clock);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** A strict copy of {@code application}: its writing is unchanged, its reading follows the rules above. */
    public static ObjectMapper strict(ObjectMapper application, Clock clock) {
        ObjectMapper mapper = application.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.POJO, LogicalType.Collection, LogicalType.Map}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        // A shape that is the type's own (an integer for an integer) is not a coercion and stays allowed.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        SimpleModule rules = new SimpleModule("csip-input-rules")
                .addDeserializer(LocalDate.class, new Dates(clock, InputRules.EARLIEST_DATE))
                .addDeserializer(String.class, new Text());
        rules.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return deserializer instanceof EnumDeserializer ? new Names(type.getRawClass()) : deserializer;
            }
        });
        mapper.registerModule(rules);
        return mapper;
    }

    /** An enum constant by its exact name: not its position, another case, or with spaces around it. */
    static final class Names extends StdScalarDeserializer<Object> {
        private final Map<String, Object> constants = new LinkedHashMap<>();

        Names(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object constant = p.hasToken(JsonToken.VALUE_STRING) ? constants.get(p.getText()) : null;
            if (constant == null) {
                throw new RefusedValue(p, handledType(), "must be one of " + String.join(", ", constants.keySet()));
            }
            return constant;
        }
    }

    /** A date: an ISO-8601 string (2019-11-04) in its field's window; a number or any other shape is refused. */
    static final class Dates extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {
        private final transient Clock clock;
        private final LocalDate earliest;

        Dates(Clock clock, LocalDate earliest) {
            super(LocalDate.class);
            this.clock = clock;
            this.earliest = earliest;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            DateWindow window = property == null ? null : property.getAnnotation(DateWindow.class);
            return window == null ? this : new Dates(clock, LocalDate.parse(window.earliest()));
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, LocalDate.class, "must be an ISO-8601 date string such as \"2019-11-04\"");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(p.getText());
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, LocalDate.class, "must be an ISO-8601 date such as 2019-11-04");
            }
            String problem = InputRules.dateProblem(date, earliest, clock);
            if (problem != null) {
                throw new RefusedValue(p, LocalDate.class, problem);
            }
            return date;
        }
    }

    /** Text: a JSON string (a number or boolean is not read as text) that {@link InputRules#textProblem} allows. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, String.class, "must be a JSON string");
            }
            String text = p.getText();
            String problem = InputRules.textProblem(text);
            if (problem != null) {
                throw new RefusedValue(p, String.class, problem);
            }
            return text;
        }
    }
}

package org.csip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the council codes of a realm file against the DfE register before Keycloak imports it: each organisation's
 * {@code kind} and {@code councils} attributes and each overseer's {@code oversees}. A code the register does not
 * hold, an organisation without a kind or councils, or a council organisation covering other councils than its own
 * one stops the start with a message naming it, instead of tokens that silently cover nothing.
 */
public final class RealmCouncils {
    /** The DfE register, the same file the services read (common's {@code data/la_lookup.csv}). */
    static final String REGISTER = "/data/la_lookup.csv";

    private RealmCouncils() {
    }

    /** Refuses a realm whose organisations or overseers name councils wrongly; the problems, one per line. */
    public static void check(String realmJson) throws IOException {
        List<String> problems = problems(new ObjectMapper().readTree(realmJson), registeredCodes());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The realm file's councils are not all in the DfE register ("
                    + REGISTER + "):\n  " + String.join("\n  ", problems));
        }
    }

    static List<String> problems(JsonNode realm, Set<String> register) {
        List<String> problems = new ArrayList<>();
        for (JsonNode organization : realm.path("organizations")) {
            String alias = organization.path("alias").asText();
            JsonNode attributes = organization.path("attributes");
            List<String> kinds = texts(attributes.path("kind"));
            List<String> councils = texts(attributes.path("councils"));
            if (kinds.size() != 1) {
                problems.add("organization " + alias + " must have exactly one kind (council, police, health); it has "
                        + kinds);
            }
            if (councils.isEmpty()) {
                problems.add("organization " + alias + " covers no council (attribute councils)");
            }
            if (kinds.equals(List.of("council")) && councils.size() > 1) {
                problems.add("organization " + alias + " is a council, which covers only its own code; it names "
                        + councils);
            }
            unknown(councils, register).forEach(code -> problems.add("organization " + alias + " covers council "
                    + code + ", which is not in the register"));
        }
        for (JsonNode user : realm.path("users")) {
            unknown(texts(user.path("attributes").path("oversees")), register).forEach(code -> problems.add(
                    "user " + user.path("username").asText() + " oversees council " + code
                            + ", which is not in the register"));
        }
        return problems;
    }

    private static List<String> unknown(List<String> codes, Set<String> register) {
        return codes.stream().filter(code -> !register.contains(code)).toList();
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The three-digit codes of the register's {@code la_code} column (the second; the first, {@code urn}, is a number). */
    static Set<String> registeredCodes() throws IOException {
        try (InputStream in = RealmCouncils.class.getResourceAsStream(REGISTER)) {
            if (in == null) {
                throw new IOException("The DfE register " + REGISTER + " is missing from the launcher");
            }
            Set<String> codes = new LinkedHashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split(",", 3);
                String code = columns.length > 1 ? columns[1].replace("\"", "").trim() : "";
                if (code.matches("[0-9]{3}")) {
                    codes.add(code);
                }
            }
            return codes;
        }
    }
}

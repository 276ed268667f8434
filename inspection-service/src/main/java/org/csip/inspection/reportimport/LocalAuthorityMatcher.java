package org.csip.inspection.reportimport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.register.RegisteredAuthority;

/**
 * Finds the council a report names in the DfE register, however Ofsted styled it: "St Helens Metropolitan Borough
 * Council" is register "St. Helens", "City of Bradford Metropolitan Borough Council" is "Bradford".
 */
@ApplicationScoped
public class LocalAuthorityMatcher {
    /** Words that say what kind of council it is, not which: dropped before comparing. */
    private static final List<String> STYLE = List.of("royal borough of", "london borough of", "city of",
            "metropolitan borough of", "metropolitan district of", "borough of", "county of", "district of",
            "metropolitan borough", "metropolitan district", "county borough", "borough council", "county council",
            "city council", "district council", "council of the", "council", "borough", "corporation", "the");

    private final List<Entry> entries = new ArrayList<>();

    public LocalAuthorityMatcher(LocalAuthorityRegister register) {
        for (RegisteredAuthority authority : register.all()) {
            entries.add(new Entry(authority, normalise(authority.name())));
            for (String alias : authority.alsoKnownAs()) {
                entries.add(new Entry(authority, normalise(alias)));
            }
        }
    }

    /** A register council and how sure the match is. */
    public record Match(RegisteredAuthority authority, Confidence confidence) {
    }

    /** Exactly the register's name once styling is dropped (HIGH), else the longest register name it contains. */
    public Optional<Match> match(String printedName) {
        String printed = normalise(printedName);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        List<RegisteredAuthority> exact = entries.stream().filter(e -> e.name.equals(printed))
                .map(Entry::authority).distinct().toList();
        if (exact.size() == 1) {
            return Optional.of(new Match(exact.get(0), Confidence.HIGH));
        }
        Optional<Match> within = entries.stream()
                .filter(e -> !e.name.isEmpty() && (" " + printed + " ").contains(" " + e.name + " "))
                .max(java.util.Comparator.comparingInt(e -> e.name.length()))
                .map(e -> new Match(e.authority, Confidence.MEDIUM));
        if (within.isPresent()) {
            return within;
        }
        // "Newcastle" for register "Newcastle upon Tyne": the start of exactly one council's name.
        List<RegisteredAuthority> starting = entries.stream().filter(e -> e.name.startsWith(printed + " "))
                .map(Entry::authority).distinct().toList();
        return starting.size() == 1 && printed.length() >= 4
                ? Optional.of(new Match(starting.get(0), Confidence.MEDIUM)) : Optional.empty();
    }

    static String normalise(String name) {
        String text = " " + name.toLowerCase(Locale.ROOT).replace('’', '\'').replace("'", "").replace("&", " and ")
                .replace(".", "").replace(",", " ").replace("-", " ").replaceAll("\\s+", " ").strip() + " ";
        for (String style : STYLE) {
            text = text.replace(" " + style + " ", " ");
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    private record Entry(RegisteredAuthority authority, String name) {
    }
}

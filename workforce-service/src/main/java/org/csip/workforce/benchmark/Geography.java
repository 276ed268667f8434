package org.csip.workforce.benchmark;

import java.util.Map;

/** The levels of a DfE statistics file CSIP compares: England, a region, a council. */
public enum Geography {
    NATIONAL, REGIONAL, LOCAL_AUTHORITY;

    /** From the file's {@code geographic_level}; null for levels CSIP does not compare. */
    static Geography of(String level) {
        if (level == null) {
            return null;
        }
        return switch (level.trim()) {
            case "National" -> NATIONAL;
            case "Regional" -> REGIONAL;
            case "Local authority" -> LOCAL_AUTHORITY;
            default -> null;
        };
    }

    /** The area's code: the country code, the region's E12 code, or the council's DfE code. */
    String code(Map<String, String> row) {
        return switch (this) {
            case NATIONAL -> row.get("country_code");
            case REGIONAL -> row.get("region_code");
            case LOCAL_AUTHORITY -> row.get("old_la_code");
        };
    }

    String name(Map<String, String> row) {
        String name = switch (this) {
            case NATIONAL -> "England";
            case REGIONAL -> row.get("region_name");
            case LOCAL_AUTHORITY -> row.get("la_name");
        };
        return name == null ? "" : name.trim();
    }
}

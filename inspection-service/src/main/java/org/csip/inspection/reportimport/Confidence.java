package org.csip.inspection.reportimport;

/**
 * How sure the importer is of a value it read: {@code HIGH} when the report printed it where and as expected (and,
 * for grades, twice in agreement); {@code MEDIUM} when it had to be pieced together (across a page break, from one
 * place only, or inferred); {@code LOW} when a person must look — always with a flag saying why.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}

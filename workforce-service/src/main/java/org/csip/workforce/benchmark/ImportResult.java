package org.csip.workforce.benchmark;

/** What an import of a DfE file took in: its rows, the figures stored and how many of them are flags. */
public record ImportResult(String dataset, String file, int rows, int figures, int flagged) {
}

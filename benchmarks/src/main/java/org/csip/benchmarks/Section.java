package org.csip.benchmarks;

/**
 * A generated part of a Markdown document, between {@code <!-- results:NAME -->} and {@code <!-- /results:NAME -->}:
 * the benchmark rewrites what is between them and leaves the hand-written text around them as it is.
 */
final class Section {
    private Section() {
    }

    static String replace(String document, String name, String content) {
        String open = "<!-- results:" + name + " -->";
        String close = "<!-- /results:" + name + " -->";
        int start = document.indexOf(open);
        int end = document.indexOf(close);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("The document has no " + open + " … " + close + " section");
        }
        return document.substring(0, start + open.length()) + "\n" + content.strip() + "\n"
                + document.substring(end);
    }
}

package org.csip.inspection.reportimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A report's text as PDFBox reads it, line by line with the page each came from, without the page furniture
 * (page numbers, running headers and footers) that would otherwise land inside lists — or a refusal saying why
 * the file cannot be read.
 */
public final class ReportText {
    private static final String PAGE_END = "\f";
    private static final int EDGE = 4;
    /** Fewer letters than this in the whole file means a scan with no text layer. */
    private static final int MIN_LETTERS = 200;

    /** One line of text and the page (from 1) it is printed on. */
    public record Line(int page, String text) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    private final List<Line> lines;
    private final int pages;

    ReportText(List<Line> lines, int pages) {
        this.lines = List.copyOf(lines);
        this.pages = pages;
    }

    /** Reads a PDF, refusing (422) a file that is not a PDF, is encrypted or has no text layer. */
    public static ReportText read(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            String start = new String(pdf, 0, Math.min(pdf.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .stripLeading().toLowerCase(java.util.Locale.ROOT);
            boolean html = start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html");
            throw ImportRefused.notPdf("the file does not start with %PDF-" + (html ? "; it is a web page (HTML),"
                    + " perhaps an error page saved in place of the report" : ""));
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw ImportRefused.encrypted();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd(PAGE_END);
            String text = stripper.getText(document);
            if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
                throw ImportRefused.noText(document.getNumberOfPages());
            }
            return of(text.split(PAGE_END, -1), document.getNumberOfPages());
        } catch (InvalidPasswordException e) {
            throw ImportRefused.encrypted();
        } catch (IOException e) {
            throw ImportRefused.notPdf(e.getMessage());
        }
    }

    /** The lines of these pages' text, furniture removed; also how tests feed text without a PDF. */
    static ReportText of(String[] pageTexts, int pages) {
        List<List<String>> byPage = new ArrayList<>();
        for (String page : pageTexts) {
            List<String> pageLines = new ArrayList<>();
            for (String line : page.split("\\R", -1)) {
                pageLines.add(clean(line));
            }
            byPage.add(pageLines);
        }
        Set<String> furniture = runningLines(byPage);
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < byPage.size(); p++) {
            List<String> pageLines = byPage.get(p);
            Set<Integer> edges = edgeIndexes(pageLines);
            // Page 1's title often repeats as the running header of the pages after it: there it is the title.
            Set<Integer> keep = p == 0 ? topIndexes(pageLines) : Set.of();
            for (int i = 0; i < pageLines.size(); i++) {
                String line = pageLines.get(i);
                boolean pageNumber = edges.contains(i) && line.matches("\\d{1,3}");
                boolean running = edges.contains(i) && !keep.contains(i) && furniture.contains(line);
                if (!pageNumber && !running) {
                    lines.add(new Line(p + 1, line));
                }
            }
        }
        return new ReportText(lines, pages);
    }

    public List<Line> lines() {
        return lines;
    }

    public int pages() {
        return pages;
    }

    /** Every non-blank line joined by single spaces, with the page of each character, for phrases that wrap. */
    public Flat flat() {
        return Flat.of(lines);
    }

    /**
     * Whitespace collapsed and trimmed: the no-break, thin and other odd spaces Word exports made plain, zero-width
     * characters and soft hyphens dropped, ligatures spelled out, box-drawing lines used as dashes made en dashes.
     */
    static String clean(String line) {
        StringBuilder text = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            switch (c) {
                case 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                     0x202F, 0x205F, 0x3000, '\t' -> text.append(' ');
                case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD -> { }
                case 0x2500, 0x2501, 0x2212 -> text.append('–');
                case 0xFB00 -> text.append("ff");
                case 0xFB01 -> text.append("fi");
                case 0xFB02 -> text.append("fl");
                case 0xFB03 -> text.append("ffi");
                case 0xFB04 -> text.append("ffl");
                default -> text.appendCodePoint(c);
            }
        });
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Lines printed at the top or bottom of at least three pages and 40% of them: running headers and footers. */
    private static Set<String> runningLines(List<List<String>> byPage) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> page : byPage) {
            Set<String> seen = new HashSet<>();
            for (int i : edgeIndexes(page)) {
                String line = page.get(i);
                if (!line.isEmpty() && seen.add(line)) {
                    pagesWith.merge(line, 1, Integer::sum);
                }
            }
        }
        int threshold = Math.max(3, (int) Math.ceil(byPage.size() * 0.4));
        Set<String> running = new HashSet<>();
        pagesWith.forEach((line, count) -> {
            if (count >= threshold) {
                running.add(line);
            }
        });
        return running;
    }

    /** The first few non-blank lines of a page. */
    private static Set<Integer> topIndexes(List<String> page) {
        Set<Integer> top = new HashSet<>();
        for (int i = 0; i < page.size() && top.size() < EDGE; i++) {
            if (!page.get(i).isEmpty()) {
                top.add(i);
            }
        }
        return top;
    }

    /** The first and last few non-blank lines of a page, where furniture sits. */
    private static Set<Integer> edgeIndexes(List<String> page) {
        Set<Integer> edges = new HashSet<>();
        int taken = 0;
        for (int i = 0; i < page.size() && taken < EDGE; i++) {
            if (!page.get(i).isEmpty()) {
                edges.add(i);
                taken++;
            }
        }
        taken = 0;
        for (int i = page.size() - 1; i >= 0 && taken < EDGE; i--) {
            if (!page.get(i).isEmpty()) {
                edges.add(i);
                taken++;
            }
        }
        return edges;
    }

    /** The report as one string, each character knowing its page and where the printed lines began and ended. */
    public record Flat(String text, int[] pageAt, java.util.BitSet lineStarts, java.util.BitSet lineEnds) {
        static Flat of(List<Line> lines) {
            StringBuilder text = new StringBuilder();
            List<Integer> pages = new ArrayList<>();
            java.util.BitSet starts = new java.util.BitSet();
            java.util.BitSet ends = new java.util.BitSet();
            for (Line line : lines) {
                if (line.blank()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append(' ');
                    pages.add(line.page());
                }
                starts.set(text.length());
                text.append(line.text());
                ends.set(text.length());
                for (int i = 0; i < line.text().length(); i++) {
                    pages.add(line.page());
                }
            }
            return new Flat(text.toString(), pages.stream().mapToInt(Integer::intValue).toArray(), starts, ends);
        }

        public int page(int offset) {
            return pageAt.length == 0 ? 1 : pageAt[Math.min(offset, pageAt.length - 1)];
        }

        /** True when a printed line begins at {@code offset}: a heading starts there, not mid-sentence. */
        public boolean startsLine(int offset) {
            return lineStarts.get(offset);
        }

        /** True when a printed line ends at {@code offset} (exclusive): a heading's last word, not mid-sentence. */
        public boolean endsLine(int offset) {
            return lineEnds.get(offset);
        }
    }
}

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
            throw ImportRefused.notPdf("the file does not start with %PDF-");
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
            for (int i = 0; i < pageLines.size(); i++) {
                String line = pageLines.get(i);
                boolean pageNumber = edges.contains(i) && line.matches("\\d{1,3}");
                if (!pageNumber && !(edges.contains(i) && furniture.contains(line))) {
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

    /** Whitespace collapsed and trimmed; the no-break and other odd spaces Word exports made plain. */
    static String clean(String line) {
        return line.replace('\u00A0', ' ').replace('\u2002', ' ').replace('\u2003', ' ').replaceAll("\\s+", " ")
                .strip();
    }

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

    /** The report as one string, each character knowing its page. */
    public record Flat(String text, int[] pageAt) {
        static Flat of(List<Line> lines) {
            StringBuilder text = new StringBuilder();
            List<Integer> pages = new ArrayList<>();
            for (Line line : lines) {
                if (line.blank()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append(' ');
                    pages.add(line.page());
                }
                text.append(line.text());
                for (int i = 0; i < line.text().length(); i++) {
                    pages.add(line.page());
                }
            }
            return new Flat(text.toString(), pages.stream().mapToInt(Integer::intValue).toArray());
        }

        public int page(int offset) {
            return pageAt.length == 0 ? 1 : pageAt[Math.min(offset, pageAt.length - 1)];
        }
    }
}

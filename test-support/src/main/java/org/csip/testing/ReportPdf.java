package org.csip.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Inspection reports and letters written with PDFBox for tests, in the shapes the inspectorates publish, for the
 * module tests of the report importer and the system tests alike (no real JTAI letter is among the project's data).
 */
public final class ReportPdf {
    private ReportPdf() {
    }

    /** A PDF with one page per argument, each line of it printed as a line of text. */
    public static byte[] withPages(String... pages) {
        try (PDDocument document = new PDDocument()) {
            for (String page : pages) {
                document.addPage(page(document, page));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A joint targeted area inspection letter in the shape the inspectorates publish (2022–2025): letterhead, date,
     * the partners addressed, the title naming the theme and area, "This inspection took place from …", headline
     * findings, "What needs to improve?" bullets (as given, naming agencies as letters do), strengths, and the next
     * steps with the date the written statement of action is due.
     */
    public static byte[] jtaiLetter(String area, String letterDate, String fieldwork, String statementDue,
                                    String... improvements) {
        String bullets = String.join("\n", Arrays.stream(improvements).map(i -> "• " + i).toList());
        return withPages("""
                Ofsted
                Piccadilly Gate
                Store Street
                Manchester M1 2WD
                www.gov.uk/ofsted
                %s
                Director of Children’s Services, %s Council
                Chief Executive, NHS Integrated Care Board
                Chief Constable, Merseyside Police
                Dear local partnership
                Joint targeted area inspection of the multi-agency response to children and families who need help
                in %s
                This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency
                response to children and families who need help in %s.
                This inspection took place from %s. It was carried out by inspectors from Ofsted, the Care Quality
                Commission (CQC) and His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).
                Headline findings
                Partners know their area well and work together to help families early.
                What needs to improve?
                %s
                Strengths
                • Families receive help from practitioners who know them well.""".formatted(letterDate, area, area, area,
                fieldwork, bullets), """
                Next steps
                The local safeguarding partners should prepare a joint written statement of proposed action that
                responds to this letter. This is a multi-agency response involving the agencies this letter is
                addressed to. The written statement of action should be sent to ProtectionOfChildren@ofsted.gov.uk
                by %s.
                Yours sincerely
                Jane Doe, Regional Director, Ofsted
                John Roe, Deputy Director, Care Quality Commission
                Anna Poe, His Majesty’s Inspector of Constabulary""".formatted(statementDue));
    }

    /** A page of {@code document} with each line of {@code text} printed as a line, from the top left. */
    public static PDPage page(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
            content.setLeading(11);
            content.newLineAtOffset(40, 760);
            for (String line : text.split("\n")) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
        return page;
    }
}

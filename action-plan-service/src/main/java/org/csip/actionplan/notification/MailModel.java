package org.csip.actionplan.notification;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What a message says, the same for its HTML and its plain-text part: a title, a plain-English opening, parts each
 * listing lines (an action and its date, a deadline), one link to act on, and the links to choose or stop them.
 */
@TemplateData
public record MailModel(String title, String greeting, String intro, List<Part> parts, String linkText,
                        String linkUrl, String preferencesUrl, String unsubscribeUrl) {

    /** A heading and its lines, or what to say when there are none. */
    @TemplateData
    public record Part(String heading, List<Line> lines, String empty) {
    }

    /** One thing listed: what it is, its detail (owner, date, days), and whether it is late. */
    @TemplateData
    public record Line(String text, String detail, boolean late) {
    }
}

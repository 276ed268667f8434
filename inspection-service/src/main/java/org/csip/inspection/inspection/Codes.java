package org.csip.inspection.inspection;

/** Codes as they may appear in a refusal: a hostile 1 MB "code" is cut short, and control characters shown as '?'. */
final class Codes {
    private static final int SHOWN = 60;

    private Codes() {
    }

    static String forMessage(String code) {
        if (code == null) {
            return "null";
        }
        String shown = code.length() > SHOWN ? code.substring(0, SHOWN) + "…" : code;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}

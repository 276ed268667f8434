package org.csip.actionplan.plan;

import java.util.UUID;

/** A theme as the API shows it. */
public record ThemeView(UUID id, UUID planId, int position, String title, String description) {

    public static ThemeView of(Theme theme) {
        return new ThemeView(theme.id, theme.planId, theme.position, theme.title, theme.description);
    }
}

package org.csip.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An area of improvement focus added to a plan (appended after the existing ones). */
public record NewTheme(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description) {
}

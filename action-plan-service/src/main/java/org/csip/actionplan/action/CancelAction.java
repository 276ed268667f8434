package org.csip.actionplan.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The action will not be delivered: why, kept on the record. */
public record CancelAction(@NotBlank @Size(max = 500) String reason) {
}

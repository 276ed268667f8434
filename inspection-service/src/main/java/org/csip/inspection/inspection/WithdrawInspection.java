package org.csip.inspection.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ofsted called a visit off (or it was recorded in error): why, kept on the record. */
public record WithdrawInspection(@NotBlank @Size(max = 500) String reason) {
}

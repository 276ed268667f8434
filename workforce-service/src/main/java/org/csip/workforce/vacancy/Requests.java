package org.csip.workforce.vacancy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.workforce.staff.StaffRole;

/** The request bodies of {@code /api/vacancies}. */
public final class Requests {
    private Requests() {
    }

    /** A post to recruit to. */
    public record NewVacancy(@NotNull UUID teamId, @NotNull StaffRole role,
                             @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0")
                             @Digits(integer = 1, fraction = 2) BigDecimal fte,
                             @NotNull LocalDate openedOn) {
    }

    /** An applicant, by recruitment reference. */
    public record NewCandidate(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}",
                    message = "must be a recruitment reference of up to 40 letters, digits and / _ . - (never a name)")
            String reference,
            @NotNull LocalDate appliedOn) {
    }

    /** A candidate's next stage, and when (default today). */
    public record StageChange(@NotNull CandidateStage stage, LocalDate on) {
    }

    /** The permanent starter who filled the vacancy (their start date is the fill date). */
    public record Fill(@NotNull UUID staffId) {
    }

    /** The post is no longer recruited to. */
    public record Withdraw(@NotNull LocalDate closedOn) {
    }
}

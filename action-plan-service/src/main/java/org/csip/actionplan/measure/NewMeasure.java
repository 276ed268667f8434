package org.csip.actionplan.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A measure added to a plan: what, in which unit, from where to where, which way is better, and optionally the
 * workforce metric that feeds it.
 */
public record NewMeasure(
        UUID themeId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String unit,
        @NotNull @Digits(integer = 10, fraction = 2) BigDecimal baseline,
        @NotNull LocalDate baselineOn,
        @NotNull @Digits(integer = 10, fraction = 2) BigDecimal target,
        @NotNull Direction direction,
        @Size(max = 50) List<@NotNull UUID> actionIds,
        @Valid MeasureFeed feed) {

    public List<UUID> actionIdsOrEmpty() {
        return actionIds == null ? List.of() : actionIds;
    }
}

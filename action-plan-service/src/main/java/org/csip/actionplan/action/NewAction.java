package org.csip.actionplan.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Agency;

/**
 * An action of a plan (and, on {@code PUT}, the whole of its editable fields): theme, what, the lead agency
 * accountable for it, the owning role or team, dates, and the findings it answers.
 */
public record NewAction(
        @NotNull UUID themeId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull Agency leadAgency,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate startDate,
        @NotNull LocalDate dueDate,
        @Size(max = 50) List<@NotNull UUID> findingIds) {

    public List<UUID> findingIdsOrEmpty() {
        return findingIds == null ? List.of() : findingIds;
    }
}

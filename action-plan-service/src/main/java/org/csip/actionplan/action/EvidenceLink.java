package org.csip.actionplan.action;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Evidence of progress: a titled link or document reference — never case notes or child data (docs/domain.md §1). */
@Embeddable
public record EvidenceLink(
        @NotBlank @Size(max = 200) @Column(name = "title") String title,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "(https?://\\S+|[^:]+)",
                message = "must be an http(s) link or a document reference") @Column(name = "link") String link) {
}

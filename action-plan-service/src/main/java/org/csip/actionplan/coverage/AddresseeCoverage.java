package org.csip.actionplan.coverage;

import java.util.List;
import org.csip.common.security.Addressee;

/**
 * Of the findings addressed to one partner (or the partnership), how many a plan answers; a finding addressed to two
 * counts for each.
 */
public record AddresseeCoverage(Addressee addressee, int findings, int covered, int uncoveredPriorityActions) {

    static List<AddresseeCoverage> of(List<FindingCoverage> items) {
        return java.util.Arrays.stream(Addressee.values()).map(addressee -> {
            List<FindingCoverage> addressed = items.stream().filter(i -> i.addressedTo().contains(addressee)).toList();
            int covered = (int) addressed.stream().filter(FindingCoverage::covered).count();
            int uncoveredPriority = (int) addressed.stream()
                    .filter(i -> !i.covered() && "PRIORITY_ACTION".equals(i.kind())).count();
            return new AddresseeCoverage(addressee, addressed.size(), covered, uncoveredPriority);
        }).filter(c -> c.findings() > 0).toList();
    }
}

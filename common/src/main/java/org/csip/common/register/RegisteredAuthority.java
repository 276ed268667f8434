package org.csip.common.register;

import java.util.List;

/**
 * One council of the DfE local-authority register: its codes, name (and the other names it goes by, e.g. "Hull"),
 * region and ten statistical neighbours.
 */
public record RegisteredAuthority(String laCode, String onsCode, String name, String regionCode, String regionName,
                                  String laType, Integer population0To25, List<String> statisticalNeighbours,
                                  List<String> alsoKnownAs) {
}

package org.csip.inspection.localauthority;

import java.util.List;
import java.util.Map;

/** A local authority as the API shows it, with its statistical neighbours named. */
public record LocalAuthorityView(String laCode, String onsCode, String name, String regionCode, String regionName,
                                 String laType, Integer population0to25, List<Neighbour> statisticalNeighbours) {

    /** One statistical neighbour, closest first. */
    public record Neighbour(int rank, String laCode, String name) {
    }

    static LocalAuthorityView of(LocalAuthority la, Map<String, String> namesByCode) {
        List<Neighbour> neighbours = new java.util.ArrayList<>();
        for (int i = 0; i < la.statisticalNeighbours.size(); i++) {
            String code = la.statisticalNeighbours.get(i);
            neighbours.add(new Neighbour(i + 1, code, namesByCode.get(code)));
        }
        return new LocalAuthorityView(la.laCode, la.onsCode, la.name, la.regionCode, la.regionName, la.laType,
                la.population0to25, neighbours);
    }
}

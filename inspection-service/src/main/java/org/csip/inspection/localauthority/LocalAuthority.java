package org.csip.inspection.localauthority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** A council with children's services, by its DfE code: what every inspection, plan and benchmark refers to. */
@Entity
@Table(name = "local_authority")
public class LocalAuthority extends PanacheEntityBase {
    @Id
    @Column(name = "la_code")
    public String laCode;

    @Column(name = "ons_code")
    public String onsCode;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_name")
    public String regionName;

    @Column(name = "la_type")
    public String laType;

    @Column(name = "population_0_25")
    public Integer population0to25;

    /** DfE's ten statistical neighbours, closest first (none for councils that no longer exist). */
    @ElementCollection
    @CollectionTable(name = "statistical_neighbour", joinColumns = @JoinColumn(name = "la_code"))
    @OrderColumn(name = "rank")
    @ListIndexBase(1)
    @Column(name = "neighbour_la_code")
    public List<String> statisticalNeighbours = new ArrayList<>();

    /** The council with this DfE code; a code outside the register is a 400 naming {@code laCode}. */
    public static LocalAuthority requireRegistered(String laCode) {
        LocalAuthority authority = findById(laCode);
        if (authority == null) {
            throw org.csip.common.problem.ProblemException.invalidField("laCode",
                    "is not a local authority in the register");
        }
        return authority;
    }
}

package org.csip.inspection.localauthority;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csip.common.http.QueryParams;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Roles;

/** {@code /api/local-authorities}: the register of councils, searchable by name and region. */
@Path("/api/local-authorities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class LocalAuthorityResource {

    @GET
    public List<LocalAuthorityView> search(@QueryParam("name") String name, @QueryParam("region") String region) {
        String nameLike = like(QueryParams.text(name, "name"));
        String regionLike = like(QueryParams.text(region, "region"));
        List<LocalAuthority> found = LocalAuthority.list("select distinct la from LocalAuthority la"
                + " left join fetch la.statisticalNeighbours"
                + " where lower(la.name) like ?1 and lower(la.regionName) like ?2 order by la.name", nameLike, regionLike);
        Map<String, String> names = namesByCode();
        return found.stream().map(la -> LocalAuthorityView.of(la, names)).toList();
    }

    private static String like(String term) {
        return "%" + (term == null ? "" : term.toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    @GET
    @Path("/{laCode}")
    public LocalAuthorityView get(@PathParam("laCode") String laCode) {
        LocalAuthority la = LocalAuthority.findById(laCode);
        if (la == null) {
            throw ProblemException.notFound("No local authority with DfE code " + laCode);
        }
        return LocalAuthorityView.of(la, namesByCode());
    }

    private static Map<String, String> namesByCode() {
        return LocalAuthority.getEntityManager()
                .createQuery("select la.laCode, la.name from LocalAuthority la", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}

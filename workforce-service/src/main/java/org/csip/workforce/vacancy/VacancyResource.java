package org.csip.workforce.vacancy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.csip.common.http.IfMatch;
import org.csip.common.http.QueryParams;
import org.csip.common.security.Roles;
import org.csip.workforce.team.Agencies;

/** {@code /api/vacancies}: posts being recruited to, their candidates, and who filled them. */
@Path("/api/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VacancyResource {
    private final VacancyService vacancies;

    public VacancyResource(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    @POST
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public Response open(@Valid @NotNull Requests.NewVacancy request) {
        VacancyView vacancy = vacancies.open(request);
        return IfMatch.created(URI.create("/api/vacancies/" + vacancy.id()), vacancy, vacancy.version());
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public List<VacancyView> list(@QueryParam("laCode") String laCode, @QueryParam("agency") String agency, @QueryParam("teamId") String teamId,
                                  @QueryParam("status") String status) {
        return vacancies.list(laCode, Agencies.param(agency), QueryParams.uuid(teamId, "teamId"),
                QueryParams.enumValue(VacancyStatus.class, status, "status"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public VacancyView get(@PathParam("id") UUID id) {
        return vacancies.get(id);
    }

    @POST
    @Path("/{id}/candidates")
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public VacancyView addCandidate(@PathParam("id") UUID id, @Valid @NotNull Requests.NewCandidate request) {
        return vacancies.addCandidate(id, request);
    }

    @POST
    @Path("/{id}/candidates/{candidateId}/stage")
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public VacancyView moveCandidate(@PathParam("id") UUID id, @PathParam("candidateId") UUID candidateId,
                                     @Valid @NotNull Requests.StageChange request) {
        return vacancies.moveCandidate(id, candidateId, request);
    }

    @POST
    @Path("/{id}/fill")
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public VacancyView fill(@PathParam("id") UUID id, @Valid @NotNull Requests.Fill request) {
        return vacancies.fill(id, request);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public VacancyView withdraw(@PathParam("id") UUID id, @Valid @NotNull Requests.Withdraw request) {
        return vacancies.withdraw(id, request);
    }
}

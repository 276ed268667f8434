package org.csip.actionplan.board;

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
import org.csip.common.http.QueryParams;
import org.csip.common.security.Roles;

/** {@code /api/board-meetings}: the improvement board's meetings, attendance and decisions. */
@Path("/api/board-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardMeetingResource {
    private final BoardMeetingService meetings;

    public BoardMeetingResource(BoardMeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    @RolesAllowed({Roles.BOARD_MEMBER, Roles.PLAN_EDITOR})
    public Response record(@Valid @NotNull NewBoardMeeting request) {
        BoardMeetingView meeting = meetings.record(request);
        return Response.created(URI.create("/api/board-meetings/" + meeting.id())).entity(meeting).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    public List<BoardMeetingView> list(@QueryParam("planId") String planId) {
        return meetings.list(QueryParams.uuid(planId, "planId"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public BoardMeetingView get(@PathParam("id") UUID id) {
        return meetings.get(id);
    }
}

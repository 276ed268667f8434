package org.csip.bare;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A REST resource that writes with Hibernate and publishes to Kafka, and a consumer of the same topic: the parts
 * every CSIP service has, with nothing of CSIP's own (no security, outbox, tracing, metrics or migrations), so
 * docs/performance.md can say what CSIP's additions cost at start-up and in memory.
 */
@Path("/notes")
public class NoteResource {
    private final EntityManager entityManager;
    private final Emitter<String> notes;

    public NoteResource(EntityManager entityManager, @Channel("notes-out") Emitter<String> notes) {
        this.entityManager = entityManager;
        this.notes = notes;
    }

    @POST
    @Transactional
    public Note write(String text) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = text;
        entityManager.persist(note);
        notes.send(note.id.toString());
        return note;
    }

    @GET
    @Path("/{id}")
    public Note read(@PathParam("id") UUID id) {
        Note note = entityManager.find(Note.class, id);
        if (note == null) {
            throw new NotFoundException();
        }
        return note;
    }

    @Incoming("notes-in")
    @Blocking
    public void noted(String id) {
        // consumed, as a CSIP service consumes its partners' events
    }
}

package org.csip.actionplan.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A meeting of the independently chaired improvement board that oversees a plan. */
@Entity
@Table(name = "board_meeting")
public class BoardMeeting extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "la_code")
    public String laCode;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    /** The chair's role (e.g. "Independent chair"), not a name. */
    public String chair;

    @Embedded
    public Attendance attendance;

    public String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_meeting_action", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "action_id")
    public Set<UUID> actionsReviewed = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Decision> decisions = new ArrayList<>();

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}

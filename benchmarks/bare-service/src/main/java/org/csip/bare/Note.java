package org.csip.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bare service's only record: what a CSIP service's smallest aggregate is, without its rules. */
@Entity
@Table(name = "bare_note")
public class Note {
    @Id
    public UUID id;
    public String text;
}

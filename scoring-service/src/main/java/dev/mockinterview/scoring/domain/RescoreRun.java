package dev.mockinterview.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One rescore and its progress, as every instance reads it ({@link Rescoring}). */
@Entity
@Table(name = "rescore_run")
public class RescoreRun extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Rescoring.Status status;
    public long sessions;
    public long processed;
    public long rescored;
    @Column(name = "scorer_version")
    public String scorerVersion;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}

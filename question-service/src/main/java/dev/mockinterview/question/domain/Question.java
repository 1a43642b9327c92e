package dev.mockinterview.question.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/**
 * A question's stable identity (a readable slug) and where it sits in the catalogue. Its placement (role, topic,
 * difficulty, tags, time limit) is set when it is created; its content lives in versions.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {
    @Id
    public String id;
    public String role;
    public String topic;
    public String difficulty;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags;
    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;
    /** Raised by every write to the question or its versions; the ETag names it. */
    public long revision;
}

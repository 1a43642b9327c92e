package dev.mockinterview.session.pages;

import dev.mockinterview.session.domain.InterviewSession;
import dev.mockinterview.session.domain.SessionSnapshot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of the candidate's sessions, newest first, for the interviews page. */
public record SessionList(List<Row> rows, int page, int pages) {

    /**
     * One session.
     *
     * @param status in words: in progress, or how it ended
     */
    public record Row(UUID id, String role, int questionCount, String status, boolean running, Instant startedAt,
                      Instant endedAt) {
        static Row of(SessionSnapshot session) {
            boolean running = session.running();
            return new Row(session.id(), session.role(), session.questionCount(), running ? "In progress"
                    : status(session.endedAs()), running, session.startedAt(), session.completedAt());
        }

        private static String status(InterviewSession.Ending ending) {
            return switch (ending) {
                case FINISHED -> "Finished";
                case EXPIRED -> "Expired";
                case ABANDONED -> "Abandoned";
            };
        }
    }

    static SessionList of(List<SessionSnapshot> sessions, int page, int size, long total) {
        return new SessionList(sessions.stream().map(Row::of).toList(), page, (int) ((total + size - 1) / size));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    /** The page number as people count, from 1. */
    public int number() {
        return page + 1;
    }
}

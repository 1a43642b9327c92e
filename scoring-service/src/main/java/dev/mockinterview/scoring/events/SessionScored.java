package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of a session-scored event: a completed session's report, without the answers' key point details. */
public record SessionScored(UUID sessionId, String candidateId, String role, String endedAs, Instant completedAt,
                            int questionCount, BigDecimal overallScore, long timeTakenMillis,
                            List<SessionReport.TopicScore> topicScores,
                            List<SessionReport.KeyPointOfAnswer> strongestKeyPoints,
                            List<SessionReport.KeyPointOfAnswer> weakestKeyPoints, List<Answer> answers,
                            Instant reportedAt) {

    /**
     * One answer's final score (a person's review where there is one, as the overall score counts it); the machine's
     * score and findings travel in its answer-scored event, a review in its answer-reviewed event.
     */
    public record Answer(UUID answerId, int position, String questionId, int questionVersion, String scorerVersion,
                         int score, ScoredAnswer.Band band) {
    }

    static SessionScored of(SessionReport report) {
        return new SessionScored(report.sessionId(), report.candidateId(), report.role(), report.endedAs(),
                report.completedAt(), report.questionCount(), report.overallScore(), report.timeTakenMillis(),
                report.topicScores(), report.strongestKeyPoints(), report.weakestKeyPoints(),
                report.answers().stream().map(answer -> new Answer(answer.answerId(), answer.position(),
                        answer.questionId(), answer.questionVersion(), answer.scorerVersion(), answer.finalScore(),
                        ScoredAnswer.Band.of(answer.finalScore()))).toList(),
                report.reportedAt());
    }
}

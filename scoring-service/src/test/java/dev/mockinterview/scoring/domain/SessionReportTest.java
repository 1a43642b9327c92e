package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;
import dev.mockinterview.scoring.domain.ScoredAnswer.KeyPointFinding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SessionReportTest {

    @Test
    void theOverallScoreCountsUnansweredQuestionsAsZeroToOneDecimal() {
        List<SessionReport.ReportedAnswer> answers = List.of(answer(1, "api-design", 80, List.of()),
                answer(2, "databases", 45, List.of()));

        assertThat(SessionReport.overallScore(answers, 3)).isEqualByComparingTo("41.7");
    }

    @Test
    void eachTopicScoresTheMeanOfItsAnswersInTopicOrder() {
        List<SessionReport.ReportedAnswer> answers = List.of(answer(1, "databases", 40, List.of()),
                answer(2, "api-design", 90, List.of()), answer(3, "databases", 61, List.of()),
                answer(4, null, 10, List.of()));

        assertThat(SessionReport.topicScores(answers)).containsExactly(
                new SessionReport.TopicScore("api-design", new BigDecimal("90.0"), 1),
                new SessionReport.TopicScore("databases", new BigDecimal("50.5"), 2));
    }

    @Test
    void theTimeTakenIsTheAnswersTimeSummed() {
        assertThat(SessionReport.timeTaken(List.of(answer(1, "a", 1, List.of()), answer(2, "a", 1, List.of()))))
                .isEqualTo(2 * 60_000);
    }

    @Test
    void theStrongestKeyPointsAreTheMostSimilarCoveredOnesAcrossTheSession() {
        List<SessionReport.ReportedAnswer> answers = List.of(
                answer(1, "a", 70, List.of(finding("p1", Coverage.COVERED, 0.81), finding("p2", Coverage.MISSING, 0.1),
                        finding("p3", Coverage.COVERED, 0.95))),
                answer(2, "a", 50, List.of(finding("q1", Coverage.PARTIAL, 0.55), finding("q2", Coverage.COVERED, 0.9),
                        finding("q3", Coverage.COVERED, 0.7))));

        assertThat(SessionReport.strongestKeyPoints(answers)).extracting(SessionReport.KeyPointOfAnswer::text)
                .containsExactly("p3", "q2", "p1");
        assertThat(SessionReport.strongestKeyPoints(answers).get(1).position()).isEqualTo(2);
    }

    @Test
    void theWeakestKeyPointsAreMissingOnesThenPartialOnesLeastSimilarFirst() {
        List<SessionReport.ReportedAnswer> answers = List.of(
                answer(1, "a", 70, List.of(finding("p1", Coverage.PARTIAL, 0.4), finding("p2", Coverage.MISSING, 0.3),
                        finding("p3", Coverage.COVERED, 0.95))),
                answer(2, "a", 50, List.of(finding("q1", Coverage.MISSING, 0.2),
                        finding("q2", Coverage.PARTIAL, 0.6))));

        assertThat(SessionReport.weakestKeyPoints(answers)).extracting(SessionReport.KeyPointOfAnswer::text)
                .containsExactly("q1", "p2", "p1");
    }

    @Test
    void aSessionWithoutKeyPointFindingsHasNoStrongestOrWeakestPoints() {
        List<SessionReport.ReportedAnswer> answers = List.of(answer(1, "a", 70, List.of()));

        assertThat(SessionReport.strongestKeyPoints(answers)).isEmpty();
        assertThat(SessionReport.weakestKeyPoints(answers)).isEmpty();
    }

    private static KeyPointFinding finding(String text, Coverage status, double similarity) {
        return new KeyPointFinding(text, 1.0, status, similarity, status == Coverage.MISSING ? null : "evidence");
    }

    private static SessionReport.ReportedAnswer answer(int position, String topic, int score,
                                                       List<KeyPointFinding> findings) {
        return new SessionReport.ReportedAnswer(UUID.randomUUID(), position, "question-" + position, 1, topic, 60_000,
                score, ScoredAnswer.Band.of(score), findings, List.of(), "test-scorer", Instant.EPOCH, List.of(),
                List.of());
    }
}

package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;
import dev.mockinterview.scoring.domain.ScoredAnswer.Flag;
import dev.mockinterview.scoring.domain.ScoredAnswer.KeyPointFinding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenFeedbackTest {
    private static final KeyPointFinding IDEMPOTENT = point("GET, PUT and DELETE are idempotent", 1,
            Coverage.COVERED);
    private static final KeyPointFinding POST = point("POST is not idempotent", 1, Coverage.PARTIAL);
    private static final KeyPointFinding RETRIES = point("Retries are safe only for idempotent requests.", 2,
            Coverage.MISSING);
    private static final KeyPointFinding KEYS = point("An idempotency key makes a POST safe to retry", 1,
            Coverage.MISSING);

    @Test
    void saysWhatTheAnswerGotRightWhatToSayMoreAboutAndWhatToAddHeaviestFirst() {
        assertThat(WrittenFeedback.of(List.of(IDEMPOTENT, POST, KEYS, RETRIES), List.of())).containsExactly(
                "You got right: GET, PUT and DELETE are idempotent.",
                "Say more about: POST is not idempotent.",
                "To add: retries are safe only for idempotent requests; an idempotency key makes a POST safe to "
                        + "retry.");
    }

    @Test
    void aFlagComesFirstAndAnEmptyAnswerIsToldWhatAGoodAnswerExplains() {
        assertThat(WrittenFeedback.of(List.of(IDEMPOTENT, RETRIES), List.of(Flag.KEYWORD_LIST))).first()
                .isEqualTo("The answer lists terms without sentences that explain them.");
        assertThat(WrittenFeedback.of(List.of(point("GET is safe", 1, Coverage.MISSING)), List.of(Flag.EMPTY)))
                .containsExactly("There is no answer to score yet.", "A good answer explains: GET is safe.");
    }

    @Test
    void anAnswerCoveringEveryPointIsToldSoAndLongListsAreCut() {
        List<KeyPointFinding> five = List.of(point("Reads are safe", 1, Coverage.COVERED),
                point("Writes need a key", 1, Coverage.COVERED), point("Clients retry", 1, Coverage.COVERED),
                point("Servers deduplicate", 1, Coverage.COVERED), point("Keys expire", 1, Coverage.COVERED));

        assertThat(WrittenFeedback.of(five, List.of())).containsExactly(
                "You covered every key point: reads are safe; writes need a key; clients retry; and 2 more.");
    }

    private static KeyPointFinding point(String text, double weight, Coverage status) {
        return new KeyPointFinding(text, weight, status, 0.5, null);
    }
}

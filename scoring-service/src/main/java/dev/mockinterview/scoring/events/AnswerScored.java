package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.domain.Answer;
import dev.mockinterview.scoring.domain.AnswerScore;
import dev.mockinterview.scoring.domain.ScoredAnswer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of an answer-scored event: one answer's score and what the scorer found in it. */
public record AnswerScored(UUID answerId, UUID sessionId, String candidateId, int position, String questionId,
                           int questionVersion, String scorerVersion, int score, ScoredAnswer.Band band,
                           List<ScoredAnswer.KeyPointFinding> keyPoints, List<ScoredAnswer.Flag> flags,
                           Instant scoredAt) {

    static AnswerScored of(Answer answer, AnswerScore score) {
        return new AnswerScored(answer.id, answer.sessionId, answer.candidateId, answer.position, score.questionId,
                score.questionVersion, score.scorerVersion, score.score, score.band, score.keyPoints, score.flags,
                score.scoredAt);
    }
}

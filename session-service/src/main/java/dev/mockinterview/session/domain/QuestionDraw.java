package dev.mockinterview.session.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the questions of a new session: no repeats, spread across topics in turn, and questions the candidate was
 * not asked recently before those they were, as far as the bank allows.
 */
public final class QuestionDraw {
    private QuestionDraw() {
    }

    /**
     * @param available the current question versions that match the request, one per question
     * @param recent    ids of the questions the candidate was asked in their recent sessions
     * @return up to {@code count} questions in the order they will be asked
     */
    public static List<CatalogueQuestion> draw(List<CatalogueQuestion> available, Set<String> recent, int count,
                                               RandomGenerator random) {
        List<CatalogueQuestion> shuffled = new ArrayList<>(available);
        Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
        // Fresh questions first within each topic; the shuffle above keeps the rest random.
        shuffled.sort(Comparator.comparing(question -> recent.contains(question.questionId)));
        Map<String, Deque<CatalogueQuestion>> byTopic = new LinkedHashMap<>();
        for (CatalogueQuestion question : shuffled) {
            byTopic.computeIfAbsent(question.topic, topic -> new ArrayDeque<>()).add(question);
        }
        List<CatalogueQuestion> drawn = new ArrayList<>();
        while (drawn.size() < count && !byTopic.isEmpty()) {
            // One question from every topic in turn, fresh ones before recently asked ones across all topics.
            List<Deque<CatalogueQuestion>> round = new ArrayList<>(byTopic.values());
            round.sort(Comparator.comparing(queue -> recent.contains(queue.peekFirst().questionId)));
            for (Deque<CatalogueQuestion> queue : round) {
                if (drawn.size() == count) {
                    break;
                }
                drawn.add(queue.pollFirst());
            }
            byTopic.values().removeIf(Deque::isEmpty);
        }
        return drawn;
    }
}

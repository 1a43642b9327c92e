package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;
import dev.mockinterview.scoring.domain.ScoredAnswer.Flag;
import dev.mockinterview.scoring.domain.ScoredAnswer.KeyPointFinding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Two or three plain sentences of feedback on a scored answer, built from its findings and flags alone, as a grader
 * would write them: what held the answer back, what it got right, what to add. Deterministic: the same findings
 * give the same words. Each sentence names at most {@link #MOST_POINTS} key points, the heaviest first (rubric order
 * among equals).
 */
public final class WrittenFeedback {
    static final int MOST_POINTS = 3;

    private static final Map<Flag, String> FLAGS = Map.of(
            Flag.EMPTY, "There is no answer to score yet.",
            Flag.TOO_SHORT, "The answer is too short to show what you know.",
            Flag.OFF_TOPIC, "Little or nothing of the answer is about this question.",
            Flag.RESTATES_QUESTION, "The answer mostly repeats the question instead of answering it.",
            Flag.KEYWORD_LIST, "The answer lists terms without sentences that explain them.",
            Flag.GIBBERISH, "The answer could not be read as English sentences.");

    private WrittenFeedback() {
    }

    public static List<String> of(List<KeyPointFinding> keyPoints, List<Flag> flags) {
        List<String> sentences = new ArrayList<>();
        flags.stream().findFirst().map(FLAGS::get).ifPresent(sentences::add);
        boolean unscored = flags.contains(Flag.EMPTY) || flags.contains(Flag.GIBBERISH);
        List<String> covered = texts(keyPoints, Coverage.COVERED);
        List<String> partial = texts(keyPoints, Coverage.PARTIAL);
        List<String> missing = texts(keyPoints, Coverage.MISSING);
        if (!unscored && !covered.isEmpty()) {
            sentences.add((covered.size() == keyPoints.size() ? "You covered every key point: "
                    : "You got right: ") + list(covered));
        }
        if (!unscored && !partial.isEmpty()) {
            sentences.add("Say more about: " + list(partial));
        }
        if (!missing.isEmpty()) {
            sentences.add((unscored || covered.isEmpty() && partial.isEmpty() ? "A good answer explains: "
                    : "To add: ") + list(missing));
        }
        if (sentences.isEmpty()) {
            sentences.add("This question has no key points to judge the answer by.");
        }
        return List.copyOf(sentences);
    }

    private static List<String> texts(List<KeyPointFinding> keyPoints, Coverage status) {
        return keyPoints.stream().filter(point -> point.status() == status)
                .sorted(Comparator.comparingDouble(KeyPointFinding::weight).reversed())
                .map(KeyPointFinding::text).toList();
    }

    // "a; b; c." or "a; b; c; and 2 more." with each point's own first letter lower-cased unless it is an acronym.
    private static String list(List<String> texts) {
        String shown = texts.stream().limit(MOST_POINTS).map(WrittenFeedback::inSentence)
                .collect(Collectors.joining("; "));
        int more = texts.size() - MOST_POINTS;
        return shown + (more > 0 ? "; and " + more + " more." : ".");
    }

    private static String inSentence(String text) {
        String stripped = text.strip().replaceAll("[.!?;:]+$", "");
        boolean acronym = stripped.length() > 1 && Character.isUpperCase(stripped.charAt(1));
        return acronym || stripped.isEmpty() ? stripped
                : stripped.substring(0, 1).toLowerCase(Locale.ROOT) + stripped.substring(1);
    }
}

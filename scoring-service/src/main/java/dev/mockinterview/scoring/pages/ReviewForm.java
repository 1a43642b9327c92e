package dev.mockinterview.scoring.pages;

import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.scoring.domain.Reviewing;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The review form of one answer on the recruiter's report page: the score, a status per key point (empty keeps the
 * current one) and the reason, as typed, with what is wrong with each. Posted as {@code score}, {@code status} (once
 * per key point, in the report's order) and {@code reason}.
 *
 * @param problem what the page says above the form when the review was refused; null before
 */
public record ReviewForm(String action, String score, String scoreError, String reason, String reasonError,
                         List<StatusChoice> keyPoints, String problem) {
    static final String SCORE = "score";
    static final String STATUS = "status";
    static final String REASON = "reason";

    /** A status the form offers: the value it posts and the word it shows. */
    public record Option(String value, String label) {
    }

    private static final List<Option> OPTIONS = Arrays.stream(ScoredAnswer.Coverage.values())
            .map(status -> new Option(status.name(), PageFormats.word(status))).toList();

    /**
     * A key point's select: its current status in words (the newest review's, or the machine's), and the status
     * chosen, empty to keep it.
     */
    public record StatusChoice(int index, String text, String current, String selected, String error) {
        public List<Option> options() {
            return OPTIONS;
        }
    }

    /** The empty form for an answer. */
    static ReviewForm empty(UUID sessionId, SessionReport.ReportedAnswer answer) {
        return typed(sessionId, answer, "", "", List.of());
    }

    /** The form as posted. */
    static ReviewForm typed(UUID sessionId, SessionReport.ReportedAnswer answer, String score, String reason,
                            List<String> statuses) {
        List<ScoredAnswer.Coverage> current = answer.finalStatuses();
        List<StatusChoice> choices = IntStream.range(0, answer.keyPoints().size())
                .mapToObj(i -> new StatusChoice(i, answer.keyPoints().get(i).text(), PageFormats.word(current.get(i)),
                        i < statuses.size() ? statuses.get(i) : "", null))
                .toList();
        return new ReviewForm(ReportsTable.PATH + "/" + sessionId + "/answers/" + answer.answerId() + "/reviews",
                score, null, reason, null, choices, null);
    }

    /** The statuses chosen, by index; a value the form does not offer is left for the domain to refuse. */
    List<Reviewing.KeyPointStatus> statuses() {
        List<Reviewing.KeyPointStatus> chosen = new ArrayList<>();
        for (StatusChoice choice : keyPoints) {
            if (!choice.selected().isEmpty()) {
                chosen.add(new Reviewing.KeyPointStatus(choice.index(), null, OPTIONS.stream()
                        .filter(option -> option.value().equals(choice.selected())).findFirst()
                        .map(option -> ScoredAnswer.Coverage.valueOf(option.value())).orElse(null)));
            }
        }
        return chosen;
    }

    /** The same form with the domain's refusal beside each field it names. */
    ReviewForm withErrors(Invalid refused) {
        Map<String, String> errors = new HashMap<>();
        refused.fields().forEach(field -> errors.putIfAbsent(field.name(), field.message()));
        // The domain names the n-th status chosen: the select of the n-th key point whose status was changed.
        List<Integer> chosen = statuses().stream().map(Reviewing.KeyPointStatus::index).toList();
        List<StatusChoice> choices = keyPoints.stream().map(choice -> {
            String field = "keyPoints[" + chosen.indexOf(choice.index()) + "]";
            String error = errors.entrySet().stream().filter(entry -> entry.getKey().startsWith(field))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            return new StatusChoice(choice.index(), choice.text(), choice.current(), choice.selected(), error);
        }).toList();
        return new ReviewForm(action, score, errors.get(SCORE), reason, errors.get(REASON), choices,
                "Not saved: correct the fields marked below.");
    }
}

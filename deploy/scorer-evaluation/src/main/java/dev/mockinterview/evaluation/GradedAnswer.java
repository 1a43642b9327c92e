package dev.mockinterview.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * One graded answer of an evaluation set.
 *
 * @param correct whether the graders judged it correct
 * @param label   the graders' label as the file gives it ("correct", "contradictory", ...); null when it has grades only
 * @param grade   the graders' numeric grade as a share of the file's highest, 0 to 1; null when the file has labels only
 */
record GradedAnswer(String corpus, String split, String question, List<String> references, String answer,
                    boolean correct, String label, Double grade) {

    /** What the score/100 should come close to: the numeric grade, else 1 for correct and 0 for not. */
    double target() {
        return grade != null ? grade : correct ? 1 : 0;
    }

    List<String> questionKey() {
        List<String> key = new ArrayList<>();
        key.add(question);
        key.addAll(references);
        return key;
    }
}

package dev.mockinterview.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a TSV of graded answers as it is. Columns, by header name: {@code question}, {@code reference_answers}
 * (several joined by {@code " || "}), {@code student_answer}; {@code corpus} and {@code split} when present; the
 * judgement from {@code label_3way}, {@code label} or {@code label_2way} ("correct" or not; the finest is kept as the
 * label, so that contradictory answers stand apart from other incorrect ones) and/or a numeric
 * {@code grade}, {@code score} or {@code score_avg}. Without a label, an answer is correct when its grade is at least
 * half the file's highest.
 */
final class GradedAnswers {
    private GradedAnswers() {
    }

    static List<GradedAnswer> read(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] names = header.split("\t", -1);
            for (int i = 0; i < names.length; i++) {
                columns.put(names[i].strip().toLowerCase(Locale.ROOT), i);
            }
            Integer question = first(columns, "question");
            Integer references = first(columns, "reference_answers", "reference_answer", "reference");
            Integer answer = first(columns, "student_answer", "answer");
            if (question == null || references == null || answer == null) {
                throw new IllegalArgumentException(file + " needs the columns question, reference_answers and "
                        + "student_answer; it has " + String.join(", ", names));
            }
            Integer corpus = first(columns, "corpus");
            Integer split = first(columns, "split");
            Integer label = first(columns, "label_3way", "label", "label_2way");
            Integer grade = first(columns, "grade", "score", "score_avg");
            if (label == null && grade == null) {
                throw new IllegalArgumentException(file + " has neither a label nor a grade column");
            }
            String corpusName = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            List<String[]> rows = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            double highest = grade == null ? Double.NaN
                    : rows.stream().mapToDouble(row -> Double.parseDouble(row[grade])).max().orElse(Double.NaN);
            List<GradedAnswer> answers = new ArrayList<>();
            for (String[] row : rows) {
                Double value = grade == null ? null : Double.parseDouble(row[grade]) / highest;
                boolean correct = label != null ? row[label].strip().equalsIgnoreCase("correct") : value >= 0.5;
                answers.add(new GradedAnswer(corpus == null ? corpusName : row[corpus],
                        split == null ? "all" : row[split], row[question],
                        Arrays.stream(row[references].split(" \\|\\| ")).map(String::strip)
                                .filter(text -> !text.isEmpty()).toList(),
                        row[answer], correct, label == null ? null : row[label].strip().toLowerCase(Locale.ROOT),
                        value));
            }
            return answers;
        }
    }

    private static Integer first(Map<String, Integer> columns, String... names) {
        for (String name : names) {
            if (columns.containsKey(name)) {
                return columns.get(name);
            }
        }
        return null;
    }
}

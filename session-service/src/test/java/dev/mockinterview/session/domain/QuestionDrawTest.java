package dev.mockinterview.session.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionDrawTest {
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    @Test
    void aSessionNeverRepeatsAQuestion() {
        List<CatalogueQuestion> drawn = QuestionDraw.draw(bank(3, 4), Set.of(), 12, random);

        assertThat(drawn).hasSize(12).extracting(question -> question.questionId).doesNotHaveDuplicates();
    }

    @Test
    void questionsAreSpreadAcrossTheTopicsInTurn() {
        List<CatalogueQuestion> drawn = QuestionDraw.draw(bank(3, 4), Set.of(), 6, random);

        assertThat(drawn).extracting(question -> question.topic)
                .containsOnly("topic-0", "topic-1", "topic-2")
                .satisfies(topics -> assertThat(Set.copyOf(topics.subList(0, 3))).hasSize(3))
                .satisfies(topics -> assertThat(Set.copyOf(topics.subList(3, 6))).hasSize(3));
    }

    @Test
    void questionsAskedRecentlyComeOnlyWhenTheFreshOnesRunOut() {
        List<CatalogueQuestion> bank = bank(2, 3);
        Set<String> recent = Set.of("topic-0-q0", "topic-0-q1", "topic-1-q0");

        List<CatalogueQuestion> fresh = QuestionDraw.draw(bank, recent, 3, random);
        List<CatalogueQuestion> all = QuestionDraw.draw(bank, recent, 6, random);

        assertThat(fresh).extracting(question -> question.questionId)
                .containsExactlyInAnyOrder("topic-0-q2", "topic-1-q1", "topic-1-q2");
        assertThat(all).extracting(question -> question.questionId).last()
                .isIn("topic-0-q0", "topic-0-q1", "topic-1-q0");
        assertThat(all.subList(0, 3)).extracting(question -> question.questionId).doesNotContainAnyElementsOf(recent);
    }

    @Test
    void aSmallBankGivesWhatItHas() {
        assertThat(QuestionDraw.draw(bank(1, 2), Set.of(), 5, random)).hasSize(2);
    }

    private static List<CatalogueQuestion> bank(int topics, int perTopic) {
        List<CatalogueQuestion> bank = new ArrayList<>();
        for (int topic = 0; topic < topics; topic++) {
            for (int index = 0; index < perTopic; index++) {
                CatalogueQuestion question = new CatalogueQuestion();
                question.questionId = "topic-" + topic + "-q" + index;
                question.version = 1;
                question.topic = "topic-" + topic;
                question.current = true;
                bank.add(question);
            }
        }
        return bank;
    }
}

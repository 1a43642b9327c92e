package dev.mockinterview.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutesTest {
    private static final int QUESTION = 1;
    private static final int SESSION = 2;
    private static final int SCORING = 3;
    private final Routes routes = Routes.platform(QUESTION, SESSION, SCORING);

    @Test
    void theLongestPrefixWins() {
        assertThat(routes.portFor("/author/questions/cap-theorem")).isEqualTo(QUESTION);
        assertThat(routes.portFor("/author/playground")).isEqualTo(SCORING);
        assertThat(routes.portFor("/author/playground/preview")).isEqualTo(SCORING);
        assertThat(routes.portFor("/interviews/42")).isEqualTo(SESSION);
        assertThat(routes.portFor("/feedback/42")).isEqualTo(SCORING);
        assertThat(routes.portFor("/recruiter/reports")).isEqualTo(SCORING);
        assertThat(routes.portFor("/")).isEqualTo(SESSION);
        assertThat(routes.portFor("/web/site.css")).isEqualTo(SESSION);
        assertThat(routes.portFor("/webjars/htmx.org/dist/htmx.min.js")).isEqualTo(SESSION);
    }

    @Test
    void apisGoToTheServiceThatOwnsThem() {
        assertThat(routes.portFor("/api/v1/questions")).isEqualTo(QUESTION);
        assertThat(routes.portFor("/api/v1/roles")).isEqualTo(QUESTION);
        assertThat(routes.portFor("/api/v1/topics")).isEqualTo(QUESTION);
        assertThat(routes.portFor("/api/v1/question-banks/export")).isEqualTo(QUESTION);
        assertThat(routes.portFor("/api/v1/sessions/42/answers/1")).isEqualTo(SESSION);
        assertThat(routes.portFor("/api/v1/reports/42")).isEqualTo(SCORING);
        assertThat(routes.portFor("/api/v1/scoring/preview")).isEqualTo(SCORING);
    }

    @Test
    void questionVersionScoresBelongToScoringUnderTheCataloguesPath() {
        assertThat(routes.portFor("/api/v1/questions/cap-theorem/versions/2/scores")).isEqualTo(SCORING);
        assertThat(routes.portFor("/api/v1/questions/cap-theorem/versions/2")).isEqualTo(QUESTION);
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        assertThat(routes.portFor("/authors")).isEqualTo(SESSION);
        assertThat(routes.portFor("/author/playgrounds")).isEqualTo(QUESTION);
        assertThat(routes.portFor("/api/v1/questionsx")).isEqualTo(SESSION);
    }
}

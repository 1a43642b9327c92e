package dev.mockinterview.limits;

import dev.mockinterview.contracts.refusal.TooMany;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of a service share nothing but the database: the application's limiter and a second one built on
 * the same database, as another pod's would be, count against one bucket per user and limit. The limit in these
 * tests is 5 answers a minute.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TwoInstancesShareABucketTest {
    private static final int LIMIT = 5;

    private final RateLimits first;
    private final DataSource dataSource;
    private final LimitsConfig config;
    private RateLimits second;

    @Inject
    TwoInstancesShareABucketTest(RateLimits first, DataSource dataSource, LimitsConfig config) {
        this.first = first;
        this.dataSource = dataSource;
        this.config = config;
    }

    @BeforeEach
    void anotherInstanceOnTheSameDatabase() {
        second = new RateLimits(dataSource, config);
    }

    @Test
    void whatOneInstanceTookTheOtherCannotTakeAgain() throws Exception {
        String user = "shared-" + UUID.randomUUID();
        for (int i = 0; i < LIMIT; i++) {
            (i % 2 == 0 ? first : second).take(Rate.ANSWERS_PER_MINUTE, user, 1);
        }

        assertThatThrownBy(() -> second.take(Rate.ANSWERS_PER_MINUTE, user, 1))
                .isInstanceOfSatisfying(TooMany.class, refused -> {
                    assertThat(refused.limit()).isEqualTo("answers-per-minute");
                    // One token comes back every 12 seconds.
                    assertThat(refused.retryAfterSeconds()).isBetween(1L, 12L);
                    assertThat(refused.detail()).startsWith("You have reached the limit of 5 answers a minute.");
                });
        assertThat(bucketsOf(user)).containsExactly("answers-per-minute:5:" + user);
        // Another user's bucket is untouched.
        first.take(Rate.ANSWERS_PER_MINUTE, "other-" + UUID.randomUUID(), 1);
    }

    @Test
    void aTokenGivenBackThroughOneInstanceCanBeTakenThroughTheOther() {
        String user = "refunded-" + UUID.randomUUID();
        first.take(Rate.ANSWERS_PER_MINUTE, user, LIMIT);

        second.giveBack(Rate.ANSWERS_PER_MINUTE, user, 1);

        first.take(Rate.ANSWERS_PER_MINUTE, user, 1);
        assertThatThrownBy(() -> second.take(Rate.ANSWERS_PER_MINUTE, user, 1)).isInstanceOf(TooMany.class);
    }

    @Test
    void manyRequestsAtOnceThroughBothInstancesGetNoMoreThanTheLimit() throws Exception {
        String user = "racing-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4 * LIMIT; i++) {
                RateLimits instance = i % 2 == 0 ? first : second;
                attempts.add(pool.submit((Callable<Boolean>) () -> {
                    try {
                        instance.take(Rate.ANSWERS_PER_MINUTE, user, 1);
                        return true;
                    } catch (TooMany refused) {
                        return false;
                    }
                }));
            }
            int taken = 0;
            for (Future<Boolean> attempt : attempts) {
                taken += attempt.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(LIMIT);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitIsSaidInWholeUnitsRoundedUp() {
        assertThat(RateLimits.inWords(Duration.ofMillis(300))).isEqualTo("1 second");
        assertThat(RateLimits.inWords(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(RateLimits.inWords(Duration.ofSeconds(150))).isEqualTo("3 minutes");
        assertThat(RateLimits.inWords(Duration.ofMinutes(72))).isEqualTo("72 minutes");
        assertThat(RateLimits.inWords(Duration.ofMinutes(181))).isEqualTo("4 hours");
    }

    private List<String> bucketsOf(String user) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM " + RateLimits.TABLE + " WHERE id LIKE ?")) {
            query.setString(1, "%:" + user);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}

package dev.mockinterview.localstack;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RestartPolicyTest {
    private final RestartPolicy policy = new RestartPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void aCrashingServiceIsRestartedAfterWaitsThatDoubleThenGivenUp() {
        assertThat(policy.backoff(0)).contains(Duration.ofSeconds(2));
        assertThat(policy.backoff(1)).contains(Duration.ofSeconds(4));
        assertThat(policy.backoff(2)).contains(Duration.ofSeconds(8));
        assertThat(policy.backoff(3)).isEmpty();
    }

    @Test
    void aServiceThatStayedUpLongEnoughStartsCountingAfresh() {
        assertThat(policy.restartsCounted(3, Duration.ofMinutes(5))).isZero();
        assertThat(policy.restartsCounted(3, Duration.ofMinutes(4))).isEqualTo(3);
        assertThat(policy.backoff(policy.restartsCounted(3, Duration.ofHours(1)))).contains(Duration.ofSeconds(2));
    }
}

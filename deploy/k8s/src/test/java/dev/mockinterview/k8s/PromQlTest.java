package dev.mockinterview.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void metricNamesLeaveOutFunctionsAggregationsLabelsRangesAndVariables() {
        String expression = "histogram_quantile(0.99, sum by (le, job) (rate(answers_submission_seconds_bucket"
                + "{namespace=\"mock-interview\", status=~\"5..\"}[$__rate_interval]))) / on (job) group_left "
                + "max(outbox_backlog offset 5m) > bool 1e3 and changes(kube_pod_status_ready[15m]) > 4";

        assertThat(PromQl.metricNames(expression)).containsExactlyInAnyOrder(
                "answers_submission_seconds_bucket", "outbox_backlog", "kube_pod_status_ready");
    }

    @Test
    void aMetricNameInsideAStringOrALabelValueIsNoMetric() {
        assertThat(PromQl.metricNames("sum(up{job=\"outbox_backlog\"}) by (pod)")).containsExactly("up");
    }

    @Test
    void durationsReadAsPrometheusWritesThem() {
        assertThat(PromQl.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(PromQl.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> PromQl.duration("5 minutes")).isInstanceOf(AssertionError.class);
    }
}

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end scoring benchmark against a running local stack (see deploy/bench/scoring): offers answer-submitted
 * events through Kafka at a fixed rate, each for a session of one question followed by its session-completed, then
 * waits until scoring-service has stored every score and prints the throughput and the time from publishing an
 * answer to its score being stored. Every answer's submittedAt is the moment it was sent, so the database holds both
 * ends of each measurement.
 */
public final class ScoringBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoringBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Map<String, String> env = System.getenv();
        String kafka = "127.0.0.1:" + env.getOrDefault("MIP_KAFKA_PORT", "29092");
        String jdbc = "jdbc:postgresql://127.0.0.1:" + env.getOrDefault("MIP_POSTGRES_PORT", "15432") + "/scoring";
        String metrics = "http://localhost:" + env.getOrDefault("MIP_SCORING_MANAGEMENT_PORT", "9083") + "/q/metrics";
        String candidate = "bench-" + UUID.randomUUID();

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            List<Question> questions = questions(db);
            if (questions.isEmpty()) {
                throw new IllegalStateException("scoring-service has no question versions yet: is the stack up?");
            }
            double[] scorerBefore = scorerTime(metrics);
            int sent = offer(kafka, candidate, questions, rate, seconds);
            System.out.printf("Offered %d answers at %d/s for %d s (%d question versions); waiting for the scores%n",
                    sent, rate, seconds, questions.size());
            awaitScored(db, candidate, sent);
            report(db, candidate, scorerBefore, scorerTime(metrics));
        }
    }

    private record Question(String id, int version, String modelAnswer) {
    }

    private static List<Question> questions(Connection db) throws SQLException {
        List<Question> questions = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(
                "SELECT question_id, version, model_answer FROM question_version ORDER BY question_id, version")) {
            while (rows.next()) {
                questions.add(new Question(rows.getString(1), rows.getInt(2), rows.getString(3)));
            }
        }
        return questions;
    }

    // A paced loop: answer n leaves at start + n / rate, however long sending took, so the offered rate holds.
    private static int offer(String kafka, String candidate, List<Question> questions, int rate, int seconds)
            throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0);
        ObjectNode answerExample = (ObjectNode) JSON.readTree(EventContracts.example("answer-submitted"));
        ObjectNode completionExample = (ObjectNode) JSON.readTree(EventContracts.example("session-completed"));
        int total = rate * seconds;
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (int n = 0; n < total; n++) {
                long due = start + TimeUnit.SECONDS.toNanos(n) / rate;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                Question question = questions.get(n % questions.size());
                String sessionId = UUID.randomUUID().toString();
                String answerId = UUID.randomUUID().toString();
                Instant now = Instant.now();
                ObjectNode answer = answerExample.deepCopy();
                answer.put("id", UUID.randomUUID().toString()).put("subject", sessionId).put("time", now.toString());
                ((ObjectNode) answer.get("data")).put("answerId", answerId).put("sessionId", sessionId)
                        .put("candidateId", candidate).put("position", 1).put("questionId", question.id())
                        .put("questionVersion", question.version()).put("text", question.modelAnswer())
                        .put("submittedAt", now.toString());
                ObjectNode completion = completionExample.deepCopy();
                completion.put("id", UUID.randomUUID().toString()).put("subject", sessionId)
                        .put("time", now.toString());
                ObjectNode completed = (ObjectNode) completion.get("data");
                completed.put("sessionId", sessionId).put("candidateId", candidate).put("questionCount", 1)
                        .put("completedAt", now.toString());
                completed.putArray("answerIds").add(answerId);
                producer.send(new ProducerRecord<>(Topics.ANSWER_SUBMITTED, sessionId, answer.toString()));
                producer.send(new ProducerRecord<>(Topics.SESSION_COMPLETED, sessionId, completion.toString()));
            }
            producer.flush();
        }
        return total;
    }

    private static void awaitScored(Connection db, String candidate, int sent) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        long scored = 0;
        while (Instant.now().isBefore(deadline)) {
            scored = single(db, """
                    SELECT count(*) FROM answer a JOIN answer_score s ON s.answer_id = a.id
                    WHERE a.candidate_id = ?""", candidate);
            if (scored >= sent) {
                return;
            }
            Thread.sleep(250);
        }
        System.out.printf("Only %d of %d answers were scored within 5 minutes%n", scored, sent);
    }

    private static void report(Connection db, String candidate, double[] scorerBefore, double[] scorerAfter)
            throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT count(*),
                       extract(epoch FROM max(s.scored_at) - min(a.submitted_at)),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.scored_at - a.submitted_at)),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM s.scored_at - a.submitted_at)),
                       max(extract(epoch FROM s.scored_at - a.submitted_at)),
                       (SELECT count(*) FROM session_progress p WHERE p.candidate_id = ? AND p.reported_at IS NOT NULL)
                FROM answer a JOIN answer_score s ON s.answer_id = a.id WHERE a.candidate_id = ?""")) {
            query.setString(1, candidate);
            query.setString(2, candidate);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long scored = row.getLong(1);
                double span = row.getDouble(2);
                System.out.printf("Scored %d answers (%d reports built) in %.1f s: %.1f answers/s%n", scored,
                        row.getLong(6), span, scored / span);
                System.out.printf("Published to score stored: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                        row.getDouble(3) * 1000, row.getDouble(4) * 1000, row.getDouble(5) * 1000);
            }
        }
        double count = scorerAfter[0] - scorerBefore[0];
        if (count > 0) {
            System.out.printf("Scorer alone: %.2f ms per answer on average (scoring_time_seconds, %d answers)%n",
                    (scorerAfter[1] - scorerBefore[1]) * 1000 / count, (long) count);
        }
    }

    private static long single(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    // scoring_time_seconds_count and _sum from the Prometheus endpoint (an exemplar may follow the value); zeros when
    // it cannot be read.
    private static double[] scorerTime(String metrics) {
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(metrics)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new double[] {metric(body, "scoring_time_seconds_count"), metric(body, "scoring_time_seconds_sum")};
        } catch (Exception e) {
            return new double[] {0, 0};
        }
    }

    private static double metric(String body, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)( #.*)?$").matcher(body);
        return matcher.find() ? Double.parseDouble(matcher.group(2)) : 0;
    }
}

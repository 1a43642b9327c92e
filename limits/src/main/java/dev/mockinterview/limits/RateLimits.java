package dev.mockinterview.limits;

import dev.mockinterview.contracts.refusal.TooMany;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Takes and gives back the tokens of per-user {@link Rate}s. The buckets live in the service's PostgreSQL database
 * (table {@value #TABLE}), read and updated by Bucket4j under an advisory lock per bucket, so every instance of the
 * service counts against the same bucket.
 *
 * <p>Each call runs in a short transaction of its own on a connection of its own, outside the caller's: Bucket4j
 * commits its update itself, which a connection enlisted in the caller's transaction may not do. Call it before the
 * caller's transaction has taken a connection, so that no request ever holds two connections of the pool at once.
 */
@ApplicationScoped
public class RateLimits {
    static final String TABLE = "rate_limit_bucket";
    private static final Logger LOG = Logger.getLogger(RateLimits.class);
    private static final int CLEANUP_BATCH = 1_000;

    private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;
    private final LimitsConfig config;

    RateLimits(DataSource dataSource, LimitsConfig config) {
        this.config = config;
        // A bucket's row expires once the bucket would be full again: a user who stops leaves no row behind.
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /**
     * Takes tokens from the user's bucket of the rate, or refuses with {@link TooMany}, taking none, when fewer are
     * left; the refusal says how long until there are enough.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void take(Rate rate, String user, int tokens) {
        int capacity = rate.capacity(config);
        ConsumptionProbe probe = bucket(rate, user).tryConsumeAndReturnRemaining(tokens);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            LOG.infof("Refused %s: over the limit %s of %d %s", user, rate.limit(), capacity, rate.inWords());
            throw new TooMany(rate.limit(), wait, "You have reached the limit of " + capacity + " "
                    + rate.inWords() + ". Try again in " + inWords(wait) + ".");
        }
    }

    /** Gives back tokens taken for an action that then did not happen; a bucket never holds more than it may. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void giveBack(Rate rate, String user, int tokens) {
        bucket(rate, user).addTokens(tokens);
    }

    // Every instance deletes expired buckets; Bucket4j skips those another holds the lock of.
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        int removed;
        do {
            removed = buckets.removeExpired(CLEANUP_BATCH);
        } while (removed == CLEANUP_BATCH);
    }

    private BucketProxy bucket(Rate rate, String user) {
        int capacity = rate.capacity(config);
        // The capacity is part of the key: a changed setting starts fresh buckets instead of keeping users in
        // buckets of the old size until they expire.
        return buckets.getProxy(rate.limit() + ":" + capacity + ":" + user, () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, rate.period()))
                .build());
    }

    // "1 second", "45 seconds", "3 minutes", "2 hours": rounded up, so that trying again then succeeds.
    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.plusNanos(999_999_999).toSeconds());
        if (seconds < 120) {
            return plural(seconds, "second");
        }
        long minutes = (seconds + 59) / 60;
        return minutes < 120 ? plural(minutes, "minute") : plural((minutes + 59) / 60, "hour");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}

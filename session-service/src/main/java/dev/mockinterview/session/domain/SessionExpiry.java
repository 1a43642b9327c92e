package dev.mockinterview.session.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Ends sessions that were not completed by their deadline. No state in memory: any instance may run it. */
@ApplicationScoped
public class SessionExpiry {
    private static final Logger LOG = Logger.getLogger(SessionExpiry.class);

    private final Closing closing;
    private final int batchSize;

    SessionExpiry(Closing closing, @ConfigProperty(name = "session.expiry.batch-size") int batchSize) {
        this.closing = closing;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${session.expiry.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireDueSessions() {
        int expired;
        do {
            expired = closing.expireDue(batchSize);
            if (expired > 0) {
                LOG.infof("Expired %d sessions past their deadline", expired);
            }
        } while (expired == batchSize);
    }
}

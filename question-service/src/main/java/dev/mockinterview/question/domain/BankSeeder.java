package dev.mockinterview.question.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the banks that ship with the service through the import path, on the catalogue's first start. */
@ApplicationScoped
public class BankSeeder {
    private static final Logger LOG = Logger.getLogger(BankSeeder.class);

    private final QuestionBanks banks;
    private final ObjectMapper json;
    private final List<String> resources;

    BankSeeder(QuestionBanks banks, ObjectMapper json,
               @ConfigProperty(name = "catalogue.seed-banks") List<String> resources) {
        this.banks = banks;
        this.json = json;
        this.resources = resources;
    }

    void onStart(@Observes StartupEvent start) {
        for (String resource : resources) {
            if (banks.seed(read(resource)).isEmpty()) {
                LOG.infof("Bank %s not loaded: the catalogue already holds questions of its role", resource);
            }
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("question bank " + resource + " is not on the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("question bank " + resource + " is unreadable", e);
        }
    }
}

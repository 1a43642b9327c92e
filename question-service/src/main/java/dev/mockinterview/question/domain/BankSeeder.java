package dev.mockinterview.question.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads the banks that ship with the service on start; importing is idempotent, so every start may do it. */
@ApplicationScoped
public class BankSeeder {
    private final Catalogue catalogue;
    private final ObjectMapper json;
    private final Validator validator;
    private final List<String> banks;

    BankSeeder(Catalogue catalogue, ObjectMapper json, Validator validator,
               @ConfigProperty(name = "catalogue.seed-banks") List<String> banks) {
        this.catalogue = catalogue;
        this.json = json;
        this.validator = validator;
        this.banks = banks;
    }

    void onStart(@Observes StartupEvent start) {
        for (String resource : banks) {
            catalogue.importBank(read(resource));
        }
    }

    private QuestionBank read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("question bank " + resource + " is not on the classpath");
            }
            QuestionBank bank = json.readValue(in, QuestionBank.class);
            Set<ConstraintViolation<QuestionBank>> violations = validator.validate(bank);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("question bank " + resource + " is invalid: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                        .collect(Collectors.joining("; ")));
            }
            return bank;
        } catch (IOException e) {
            throw new UncheckedIOException("question bank " + resource + " is unreadable", e);
        }
    }
}

package dev.mockinterview.question.api;

import dev.mockinterview.question.domain.BankFiles;
import dev.mockinterview.question.domain.QuestionBank;
import dev.mockinterview.question.domain.QuestionBanks;
import dev.mockinterview.question.domain.Slugs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Question banks in and out, as JSON or YAML (the format: {@value QuestionBanks#SCHEMA}). Admins only: a bank
 * holds every rubric of its role.
 */
@Path("/api/v1/question-banks")
@RolesAllowed("admin")
public class QuestionBankResource {
    static final String YAML = "application/yaml";
    private static final List<MediaType> YAML_TYPES = List.of(MediaType.valueOf(YAML),
            MediaType.valueOf("application/x-yaml"), MediaType.valueOf("text/yaml"));

    private final QuestionBanks banks;
    private final BankFiles files;

    QuestionBankResource(QuestionBanks banks, BankFiles files) {
        this.banks = banks;
        this.files = files;
    }

    /** Imports a bank whole, or answers 400 listing every error by its JSON path and writes nothing. */
    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, YAML, "application/x-yaml", "text/yaml"})
    @Produces(MediaType.APPLICATION_JSON)
    public QuestionBanks.ImportResult importBank(String body, @Context HttpHeaders headers) {
        boolean isYaml = YAML_TYPES.stream().anyMatch(type -> type.isCompatible(headers.getMediaType()));
        return banks.importBank(files.read(body, isYaml ? BankFiles.Format.YAML : BankFiles.Format.JSON));
    }

    /** The role's current published questions in the import format: YAML when asked for, JSON otherwise. */
    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, YAML})
    public Response export(@QueryParam("role") @NotNull @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String role,
                           @Context HttpHeaders headers) {
        QuestionBank bank = banks.export(role)
                .orElseThrow(() -> new NotFoundException("No published questions for role " + role));
        boolean asYaml = headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType())
                .findFirst()
                .map(type -> YAML_TYPES.stream().anyMatch(type::isCompatible))
                .orElse(false);
        BankFiles.Format format = asYaml ? BankFiles.Format.YAML : BankFiles.Format.JSON;
        return Response.ok(files.write(bank, format), format.mediaType()).build();
    }
}

package dev.mockinterview.question.pages;

import dev.mockinterview.contracts.problem.Problem;
import dev.mockinterview.contracts.problem.ProblemMappers;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.question.domain.BankFiles;
import dev.mockinterview.question.domain.Catalogue;
import dev.mockinterview.question.domain.QuestionBank;
import dev.mockinterview.question.domain.QuestionBanks;
import dev.mockinterview.question.domain.Slugs;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Question banks for authors: upload a bank file to import it (all or nothing, every error listed by its JSON path,
 * as the API does) and download a role's bank as JSON or YAML (the API's export).
 */
@Path("/author/question-banks")
@RolesAllowed("admin")
public class QuestionBankPages {
    private final QuestionBanks banks;
    private final BankFiles files;
    private final Catalogue catalogue;

    QuestionBankPages(QuestionBanks banks, BankFiles files, Catalogue catalogue) {
        this.banks = banks;
        this.files = files;
        this.catalogue = catalogue;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance banks(BankPage page);
    }

    /**
     * The page: what the last import did (null when none), or why it was refused, and the roles that can be
     * exported.
     */
    public record BankPage(QuestionBanks.ImportResult imported, Problem refused, List<Catalogue.RoleCount> roles) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("role") @Pattern(regexp = Slugs.SLUG) String role,
                                 @QueryParam("added") @Min(0) Integer added,
                                 @QueryParam("updated") @Min(0) Integer updated,
                                 @QueryParam("unchanged") @Min(0) Integer unchanged) {
        QuestionBanks.ImportResult imported = role == null || added == null || updated == null || unchanged == null
                ? null : new QuestionBanks.ImportResult(role, added, updated, unchanged);
        return Templates.banks(new BankPage(imported, null, catalogue.roles()));
    }

    /** Imports the uploaded bank: YAML when its name or type says so, JSON otherwise. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response importBank(@RestForm("bank") FileUpload bank) {
        QuestionBanks.ImportResult result;
        try {
            if (bank == null || bank.size() == 0) {
                throw new Invalid("Choose a bank file to import.", List.of());
            }
            String text = Files.readString(bank.uploadedFile(), StandardCharsets.UTF_8);
            result = banks.importBank(files.read(text, formatOf(bank)));
        } catch (Invalid e) {
            Problem problem = ProblemMappers.problemOf(e);
            return Response.status(problem.status())
                    .entity(Templates.banks(new BankPage(null, problem, catalogue.roles()))).build();
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded bank could not be read", e);
        }
        // Post/redirect/get: reloading the result does not import the bank again.
        return Response.seeOther(URI.create("/author/question-banks?role=" + result.role() + "&added="
                + result.added() + "&updated=" + result.updated() + "&unchanged=" + result.unchanged())).build();
    }

    /** The role's current published questions as a bank file to save. */
    @GET
    @Path("/export")
    public Response export(@QueryParam("role") @NotNull @Pattern(regexp = Slugs.SLUG) String role,
                           @QueryParam("format") @Pattern(regexp = "json|yaml") String format) {
        BankFiles.Format chosen = "yaml".equals(format) ? BankFiles.Format.YAML : BankFiles.Format.JSON;
        return banks.export(role)
                .map(found -> Response.ok(files.write(found, chosen), chosen.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"" + role + "." + chosen.extension() + "\"")
                        .build())
                .orElseGet(() -> Response.status(404).type(MediaType.TEXT_HTML)
                        .entity(Templates.banks(new BankPage(null, Problem.of(404, "Not Found",
                                "No published questions for role " + role + " to export."), catalogue.roles())))
                        .build());
    }

    private static BankFiles.Format formatOf(FileUpload bank) {
        String name = bank.fileName() == null ? "" : bank.fileName().toLowerCase(Locale.ROOT);
        String type = bank.contentType() == null ? "" : bank.contentType().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || type.contains("yaml")
                ? BankFiles.Format.YAML : BankFiles.Format.JSON;
    }
}

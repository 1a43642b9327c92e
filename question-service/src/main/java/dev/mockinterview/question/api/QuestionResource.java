package dev.mockinterview.question.api;

import dev.mockinterview.question.domain.Catalogue;
import dev.mockinterview.question.domain.QuestionBank;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Reading the catalogue: the current published version of each question. */
@Path("/api/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"candidate", "recruiter", "admin"})
public class QuestionResource {
    private final Catalogue catalogue;

    QuestionResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public QuestionPage list(@QueryParam("role") @Pattern(regexp = QuestionBank.SLUG) String role,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                             @Context SecurityContext caller) {
        Catalogue.PublishedPage published = catalogue.published(role, page, size);
        boolean withRubric = seesRubric(caller);
        return new QuestionPage(published.versions().stream().map(v -> QuestionView.of(v, withRubric)).toList(),
                page, size, published.total());
    }

    @GET
    @Path("/{id}")
    public QuestionView get(@PathParam("id") String id, @Context SecurityContext caller) {
        return catalogue.current(id)
                .map(version -> QuestionView.of(version, seesRubric(caller)))
                .orElseThrow(() -> new NotFoundException("No published question with id " + id));
    }

    private static boolean seesRubric(SecurityContext caller) {
        return caller.isUserInRole("recruiter") || caller.isUserInRole("admin");
    }
}

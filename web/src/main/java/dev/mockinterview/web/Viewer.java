package dev.mockinterview.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making the request: for the layout and the templates ({@code {inject:viewer.name}}) the signed-in name and
 * which sections of the platform their roles open, for pages and APIs the user's id. Access itself is decided by
 * {@code @RolesAllowed} on each resource.
 */
@Named("viewer")
@RequestScoped
public class Viewer {
    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /**
     * The user's stable id, the subject of the token they signed in with: a bearer token or the local cookie (SmallRye
     * JWT) or the OpenID Connect session's ID token. Read from the identity because an injected JsonWebToken is the
     * OIDC access token only, which a SmallRye JWT sign-in does not have. Null when nobody is signed in.
     */
    public String getSubject() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null;
    }

    public boolean isCandidate() {
        return identity.hasRole("candidate");
    }

    public boolean isRecruiter() {
        return identity.hasRole("recruiter");
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    /**
     * Recruiters and admins: they see the questions' rubrics. Which sessions and reports each of them reads is up to
     * the service that holds them (practice is its candidate's, an assessment its owner's).
     */
    public boolean isStaff() {
        return isRecruiter() || isAdmin();
    }
}

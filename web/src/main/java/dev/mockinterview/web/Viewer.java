package dev.mockinterview.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Who is looking at a page, for the layout and the templates ({@code {inject:viewer.name}}): the signed-in name and
 * which sections of the platform their roles open. Access itself is decided by {@code @RolesAllowed} on each page.
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

    public boolean isCandidate() {
        return identity.hasRole("candidate");
    }

    public boolean isRecruiter() {
        return identity.hasRole("recruiter");
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }
}

package io.bureau.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, for object-level checks: the token's subject, roles and (for people) the
 * employee record they are. Services decide ownership with it; roles alone are never enough.
 */
@RequestScoped
public class CurrentCaller {

    /** The claim that ties a person's token to their employee record. */
    public static final String EMPLOYEE_ID_CLAIM = "employee_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** A stable name for audit trails: the subject, or "anonymous". */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The employee this caller is, when the caller is a person with an employee record. */
    public Optional<UUID> employeeId() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(EMPLOYEE_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isEmployee(UUID employeeId) {
        return employeeId != null && employeeId().map(employeeId::equals).orElse(false);
    }
}

package io.bureau.reviews;

import java.util.UUID;

/**
 * A department with its manager, a line manager (who manages the clerk but not the department), the
 * clerk, a peer of the clerk, and another department with its own manager: people who hold some
 * but not all of the relations the access rules look at.
 */
public record Office(UUID department, UUID manager, UUID lineManager, UUID clerk, UUID peer, UUID otherDepartment,
                     UUID otherManager) {

    public static Office create() {
        UUID manager = UUID.randomUUID();
        UUID department = Feeds.department(null, manager);
        UUID otherManager = UUID.randomUUID();
        UUID otherDepartment = Feeds.department(null, otherManager);
        UUID lineManager = Feeds.hire(department, manager);
        UUID clerk = Feeds.hire(department, lineManager);
        UUID peer = Feeds.hire(department, lineManager);
        return new Office(department, manager, lineManager, clerk, peer, otherDepartment, otherManager);
    }

    public String managerToken() {
        return Tokens.officeManager(manager);
    }

    public String lineManagerToken() {
        return Tokens.officeManager(lineManager);
    }

    public String clerkToken() {
        return Tokens.employee(clerk);
    }

    public String peerToken() {
        return Tokens.employee(peer);
    }

    public String otherManagerToken() {
        return Tokens.officeManager(otherManager);
    }
}

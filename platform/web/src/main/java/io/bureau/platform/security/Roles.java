package io.bureau.platform.security;

/** The roles a token carries in its {@code groups} claim; what each may do is checked per operation and per object. */
public final class Roles {

    public static final String ADMIN = "admin";
    /** Reads across departments, approves escalations. */
    public static final String TOP_MANAGER = "top-manager";
    /** Manages the staff, work and budget of the departments they manage. */
    public static final String OFFICE_MANAGER = "office-manager";
    /** Their own tasks, reviews, requests and training. */
    public static final String EMPLOYEE = "employee";
    /** Machine client: staff import and export, nothing else. */
    public static final String HR_INTEGRATION = "hr-integration";

    private Roles() {
    }
}

package io.bureau.procurement.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happens to a commitment larger than what a line has available. */
@Schema(name = "BudgetPolicy")
public enum BudgetPolicy {
    /** Refused (409). */
    BLOCK,
    /** Taken, with a warning: the line may be overdrawn. */
    WARN,
    /** Only a top manager (or an admin) may take it; anyone else is refused. */
    ESCALATE
}

package io.bureau.procurement.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OPEN while part of it is still committed; SPENT once all of it became actual spend; RELEASED when given back. */
@Schema(name = "BudgetCommitmentStatus")
public enum CommitmentStatus {
    OPEN, SPENT, RELEASED
}

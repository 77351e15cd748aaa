package io.bureau.procurement.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a budget line pays for. */
@Schema(name = "BudgetCategory")
public enum BudgetCategory {
    SUPPLIES, EQUIPMENT, TRAINING, MAINTENANCE
}

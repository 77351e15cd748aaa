package io.bureau.procurement.purchase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

/** A purchase request's life: drafted by reordering or submitted by a person, then decided, then ordered. */
@Schema(name = "PurchaseRequestStatus")
public enum RequestStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, ORDERED, CANCELLED;

    /** Statuses in which a reorder is still open (a new one for the same item is not made). */
    public static final Set<RequestStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, APPROVED, ORDERED);
}

package io.bureau.procurement.purchase;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.bureau.procurement.budget.BudgetCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A request to buy: who asks, for which department and budget category, what, at what estimated price. */
@Entity
@Table(name = "purchase_request")
@NamedQuery(name = "PurchaseRequest.openReorderOf", query = """
        select count(r) from PurchaseRequest r join r.lines l
        where r.reorder = true and r.status in ?2 and l.itemId = ?1""")
@NamedQuery(name = "PurchaseRequest.draftReorderFor", query = """
        from PurchaseRequest r where r.reorder = true and r.status = io.bureau.procurement.purchase.RequestStatus.DRAFT
        and r.vendorId = ?1 order by r.createdAt""")
@NamedQuery(name = "PurchaseRequest.draftReorderWithoutVendor", query = """
        from PurchaseRequest r where r.reorder = true and r.status = io.bureau.procurement.purchase.RequestStatus.DRAFT
        and r.vendorId is null order by r.createdAt""")
public class PurchaseRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Null for a reorder drafted by the system. */
    @Column(name = "requester_id")
    public UUID requesterId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(name = "vendor_id")
    public UUID vendorId;

    @Column(nullable = false)
    public boolean reorder;

    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "purchase_request_line", joinColumns = @JoinColumn(name = "request_id"))
    public List<RequestLine> lines = new ArrayList<>();

    @Version
    public long version;

    public static PurchaseRequest open(UUID requesterId, UUID departmentId, BudgetCategory category, String currency, UUID vendorId,
                                       boolean reorder, List<RequestLine> lines, OffsetDateTime at) {
        PurchaseRequest request = new PurchaseRequest();
        request.id = UUID.randomUUID();
        request.requesterId = requesterId;
        request.departmentId = departmentId;
        request.category = category;
        request.currency = currency;
        request.vendorId = vendorId;
        request.reorder = reorder;
        request.status = reorder ? RequestStatus.DRAFT : RequestStatus.SUBMITTED;
        request.createdAt = at;
        request.lines.addAll(lines);
        request.total = request.computeTotal();
        return request;
    }

    public void addLine(UUID itemId, String description, int quantity, BigDecimal unitPrice) {
        requireStatus("add a line", RequestStatus.DRAFT);
        lines.add(new RequestLine(lines.size() + 1, itemId, description, quantity, unitPrice));
        total = computeTotal();
    }

    public void approve(UUID commitment, String by) {
        requireStatus("approve", RequestStatus.DRAFT, RequestStatus.SUBMITTED);
        status = RequestStatus.APPROVED;
        commitmentId = commitment;
        decidedBy = by;
    }

    public void reject(String reason, String by) {
        requireStatus("reject", RequestStatus.DRAFT, RequestStatus.SUBMITTED);
        status = RequestStatus.REJECTED;
        decisionReason = reason;
        decidedBy = by;
    }

    public void ordered() {
        requireStatus("order", RequestStatus.APPROVED);
        status = RequestStatus.ORDERED;
    }

    /** Cancels a request not yet ordered; returns the commitment to release, if any. */
    public UUID cancel() {
        requireStatus("cancel", RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.APPROVED);
        status = RequestStatus.CANCELLED;
        return commitmentId;
    }

    /** The order of this request was cancelled. */
    public void orderCancelled() {
        status = RequestStatus.CANCELLED;
    }

    private BigDecimal computeTotal() {
        return lines.stream().map(RequestLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void requireStatus(String move, RequestStatus... allowed) {
        for (RequestStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw Problems.illegalTransition("Purchase request " + id, status, move, allowedMoves());
    }

    /** What the current status allows. */
    public List<String> allowedMoves() {
        return switch (status) {
            case DRAFT -> List.of("approve", "reject", "cancel");
            case SUBMITTED -> List.of("approve", "reject", "cancel");
            case APPROVED -> List.of("order", "cancel");
            default -> List.of();
        };
    }
}

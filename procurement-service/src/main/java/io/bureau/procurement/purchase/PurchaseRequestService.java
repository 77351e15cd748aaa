package io.bureau.procurement.purchase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetLine;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.budget.Commitment;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.purchase.PurchaseDtos.LineRequest;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseRequestCreate;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseRequestView;
import io.bureau.procurement.stock.SupplyItem;

/**
 * Purchase requests and the approval policy: the requester never approves their own; an office
 * manager approves requests of the departments they manage (or of the people they line-manage) up
 * to {@code bureau.procurement.approval.office-manager-limit}; above it, a top manager (or an
 * admin). Approving commits the total on the department's budget line for the category.
 */
@ApplicationScoped
public class PurchaseRequestService {

    public static final String AUDIT_TYPE = "purchase-request";
    static final String SOURCE = "purchase-request";

    @ConfigProperty(name = "bureau.procurement.approval.office-manager-limit", defaultValue = "1000.00")
    BigDecimal officeManagerLimit;

    @Inject
    ProcurementAccess access;

    @Inject
    BudgetService budgets;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Transactional
    public PurchaseRequestView create(PurchaseRequestCreate request) {
        UUID me = access.callerId();
        if (!access.isAdmin() && !access.managesDepartment(request.departmentId())
                && (me == null || !request.departmentId().equals(access.departmentOf(me)))) {
            throw Problems.forbidden("You may request only for your own department or one you manage");
        }
        if (request.vendorId() != null && Vendor.findById(request.vendorId()) == null) {
            throw Problems.invalidField("vendorId", "vendor " + request.vendorId() + " does not exist");
        }
        List<RequestLine> lines = new ArrayList<>();
        for (LineRequest line : request.lines()) {
            BigDecimal price = currency.accept(line.unitPrice(), "lines[].unitPrice");
            String description = line.description() == null ? null : line.description().strip();
            if (line.itemId() != null) {
                SupplyItem item = SupplyItem.findById(line.itemId());
                if (item == null) {
                    throw Problems.invalidField("lines[].itemId", "item " + line.itemId() + " does not exist");
                }
                description = description == null || description.isEmpty() ? item.name : description;
            } else if (description == null || description.isEmpty()) {
                throw Problems.invalidField("lines[].description", "a line without itemId describes what to buy");
            }
            lines.add(new RequestLine(lines.size() + 1, line.itemId(), description, line.quantity(), price));
        }
        PurchaseRequest created = PurchaseRequest.open(me, request.departmentId(), request.category(), currency.code(),
                request.vendorId(), false, lines, BudgetService.now());
        created.persist();
        PurchaseRequest.flush();
        PurchaseRequestView view = PurchaseRequestView.of(created, currency);
        audit.record("purchase-request.submitted", AUDIT_TYPE, created.id, null, view);
        return view;
    }

    @Transactional
    public PurchaseRequestView approve(UUID id, String ifMatch) {
        PurchaseRequest request = Lookups.requireForUpdate(PurchaseRequest.class, id);
        requireVisible(request);
        ETags.checkIfMatch(ifMatch, request.version);
        boolean topManager = access.isAdmin() || access.isTopManager();
        requireMayDecide(request, topManager);
        if (!topManager && request.total.compareTo(officeManagerLimit) > 0) {
            throw Problems.forbidden("The total " + request.total.toPlainString() + " " + request.currency + " is above the "
                    + officeManagerLimit.toPlainString() + " an office manager may approve: a top manager approves it");
        }
        PurchaseRequestView before = PurchaseRequestView.of(request, currency);
        BudgetLine line = budgets.requireLineFor(request.departmentId, request.category, BudgetService.today());
        Commitment commitment = budgets.commit(line, request.total, SOURCE, request.id.toString(), topManager, access.subject());
        request.approve(commitment.id, access.subject());
        PurchaseRequest.flush();
        PurchaseRequestView after = PurchaseRequestView.of(request, currency);
        outbox.publish(PurchaseEvents.REQUEST_APPROVED, request.id, new PurchaseEvents.RequestApproved(request.id,
                request.departmentId, request.category, request.requesterId, currency.of(request.total), commitment.id,
                access.subject(), BudgetService.now()));
        audit.record("purchase-request.approved", AUDIT_TYPE, request.id, before, after);
        return after;
    }

    @Transactional
    public PurchaseRequestView reject(UUID id, String reason, String ifMatch) {
        PurchaseRequest request = Lookups.requireForUpdate(PurchaseRequest.class, id);
        requireVisible(request);
        ETags.checkIfMatch(ifMatch, request.version);
        requireMayDecide(request, access.isAdmin() || access.isTopManager());
        PurchaseRequestView before = PurchaseRequestView.of(request, currency);
        request.reject(reason, access.subject());
        PurchaseRequest.flush();
        PurchaseRequestView after = PurchaseRequestView.of(request, currency);
        outbox.publish(PurchaseEvents.REQUEST_REJECTED, request.id, new PurchaseEvents.RequestRejected(request.id,
                request.departmentId, request.requesterId, currency.of(request.total), access.subject(), BudgetService.now()));
        audit.record("purchase-request.rejected", AUDIT_TYPE, request.id, before, after);
        return after;
    }

    @Transactional
    public PurchaseRequestView cancel(UUID id, String ifMatch) {
        PurchaseRequest request = Lookups.requireForUpdate(PurchaseRequest.class, id);
        requireVisible(request);
        ETags.checkIfMatch(ifMatch, request.version);
        if (!access.isCaller(request.requesterId) && !access.managesDepartment(request.departmentId)) {
            throw Problems.forbidden("Only the requester or a manager of the department cancels a request");
        }
        PurchaseRequestView before = PurchaseRequestView.of(request, currency);
        UUID commitment = request.cancel();
        if (commitment != null) {
            budgets.release(commitment);
        }
        PurchaseRequest.flush();
        PurchaseRequestView after = PurchaseRequestView.of(request, currency);
        audit.record("purchase-request.cancelled", AUDIT_TYPE, request.id, before, after);
        return after;
    }

    /** Who may see a request: its requester, the department's managers, the requester's line manager, top managers, admins. */
    public boolean mayRead(PurchaseRequest request) {
        return access.readsEverything() || access.isCaller(request.requesterId) || access.managesDepartment(request.departmentId)
                || access.isLineManagerOf(request.requesterId);
    }

    void requireVisible(PurchaseRequest request) {
        if (!mayRead(request)) {
            throw Problems.forbidden("You may not see purchase request " + request.id);
        }
    }

    private void requireMayDecide(PurchaseRequest request, boolean topManager) {
        if (access.isCaller(request.requesterId)) {
            throw Problems.forbidden("Nobody approves or rejects their own request");
        }
        if (!topManager && !access.managesDepartment(request.departmentId) && !access.isLineManagerOf(request.requesterId)) {
            throw Problems.forbidden("You neither manage department " + request.departmentId + " nor the requester");
        }
    }
}

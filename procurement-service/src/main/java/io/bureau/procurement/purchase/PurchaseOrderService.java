package io.bureau.procurement.purchase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.Referenced;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseOrderCreate;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseOrderView;
import io.bureau.procurement.purchase.PurchaseDtos.ReceiptLineRequest;
import io.bureau.procurement.purchase.PurchaseDtos.ReceiptRequest;
import io.bureau.procurement.purchase.PurchaseDtos.ReceiptView;
import io.bureau.procurement.stock.MovementKind;
import io.bureau.procurement.stock.StockLocation;
import io.bureau.procurement.stock.StockService;
import io.bureau.procurement.stock.SupplyItem;

/**
 * Orders for approved requests, and what arrives: each receipt raises stock for catalogue items and
 * turns that much of the request's commitment into actual spend; cancelling releases what is still
 * committed. Managers of the request's department (and admins) place, receive and cancel.
 */
@ApplicationScoped
public class PurchaseOrderService {

    public static final String AUDIT_TYPE = "purchase-order";

    @Inject
    ProcurementAccess access;

    @Inject
    BudgetService budgets;

    @Inject
    StockService stock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Transactional
    public PurchaseOrderView place(PurchaseOrderCreate create) {
        PurchaseRequest request = Referenced.requireForUpdate(PurchaseRequest.class, create.requestId(), "requestId");
        access.requireManageDepartment(request.departmentId);
        UUID vendorId = create.vendorId() != null ? create.vendorId() : request.vendorId;
        if (vendorId == null) {
            throw Problems.invalidField("vendorId", "the request names no vendor: name one");
        }
        if (Vendor.findById(vendorId) == null) {
            throw Problems.invalidField("vendorId", "vendor " + vendorId + " does not exist");
        }
        if (create.expectedOn().isBefore(BudgetService.today())) {
            throw Problems.invalidField("expectedOn", "must not be in the past");
        }
        request.ordered();
        PurchaseOrder order = PurchaseOrder.place(request, vendorId, create.expectedOn(), access.subject(), BudgetService.now());
        order.persist();
        PurchaseOrder.flush();
        PurchaseOrderView view = PurchaseOrderView.of(order, currency);
        outbox.publish(PurchaseEvents.ORDER_PLACED, order.id, new PurchaseEvents.OrderPlaced(order.id, request.id, vendorId,
                request.departmentId, currency.of(order.total), order.expectedOn, order.placedAt));
        audit.record("purchase-order.placed", AUDIT_TYPE, order.id, null, view);
        return view;
    }

    @Transactional
    public ReceiptView receive(UUID orderId, ReceiptRequest receipt) {
        PurchaseOrder order = Lookups.requireForUpdate(PurchaseOrder.class, orderId);
        PurchaseRequest request = Lookups.requireForUpdate(PurchaseRequest.class, order.requestId);
        access.requireManageDepartment(request.departmentId);
        if (StockLocation.findById(receipt.locationId()) == null) {
            throw Problems.invalidField("locationId", "location " + receipt.locationId() + " does not exist");
        }
        Set<Integer> seen = new HashSet<>();
        for (ReceiptLineRequest line : receipt.lines()) {
            if (!seen.add(line.lineNo())) {
                throw Problems.invalidField("lines[].lineNo", "line " + line.lineNo() + " is named twice");
            }
        }
        PurchaseOrderView before = PurchaseOrderView.of(order, currency);
        GoodsReceipt goods = new GoodsReceipt();
        goods.id = UUID.randomUUID();
        goods.orderId = order.id;
        goods.locationId = receipt.locationId();
        goods.receivedAt = BudgetService.now();
        goods.receivedBy = access.subject();
        BigDecimal value = BigDecimal.ZERO;
        List<PurchaseEvents.ReceivedLine> received = new ArrayList<>();
        for (ReceiptLineRequest line : receipt.lines()) {
            value = value.add(order.receive(line.lineNo(), line.quantity()));
            OrderLine ordered = order.line(line.lineNo());
            if (ordered.itemId != null) {
                SupplyItem item = Lookups.requireForUpdate(SupplyItem.class, ordered.itemId);
                item.pricedAt(ordered.unitPrice);
                stock.move(item, receipt.locationId(), MovementKind.RECEIPT, line.quantity(), request.departmentId, null,
                        "receipt:" + goods.id, access.subject());
            }
            goods.lines.add(new GoodsReceipt.Line(line.lineNo(), line.quantity()));
            received.add(new PurchaseEvents.ReceivedLine(line.lineNo(), ordered.itemId, line.quantity()));
        }
        goods.persist();
        if (request.commitmentId != null) {
            budgets.spend(request.commitmentId, value);
            if (order.status == OrderStatus.RECEIVED) {
                budgets.release(request.commitmentId);
            }
        }
        PurchaseOrder.flush();
        PurchaseOrderView after = PurchaseOrderView.of(order, currency);
        outbox.publish(PurchaseEvents.GOODS_RECEIVED, order.id, new PurchaseEvents.GoodsReceived(order.id, goods.id,
                goods.locationId, received, currency.of(value), order.status.name(), goods.receivedAt));
        audit.record("purchase-order.goods-received", AUDIT_TYPE, order.id, before, after);
        return new ReceiptView(goods.id, order.id, goods.locationId, goods.receivedAt, goods.receivedBy, after);
    }

    @Transactional
    public PurchaseOrderView cancel(UUID orderId, String ifMatch) {
        PurchaseOrder order = Lookups.requireForUpdate(PurchaseOrder.class, orderId);
        PurchaseRequest request = Lookups.requireForUpdate(PurchaseRequest.class, order.requestId);
        access.requireManageDepartment(request.departmentId);
        ETags.checkIfMatch(ifMatch, order.version);
        PurchaseOrderView before = PurchaseOrderView.of(order, currency);
        order.cancel();
        request.orderCancelled();
        if (request.commitmentId != null) {
            budgets.release(request.commitmentId);
        }
        PurchaseOrder.flush();
        PurchaseOrderView after = PurchaseOrderView.of(order, currency);
        audit.record("purchase-order.cancelled", AUDIT_TYPE, order.id, before, after);
        return after;
    }
}

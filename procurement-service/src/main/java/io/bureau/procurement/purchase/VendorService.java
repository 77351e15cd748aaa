package io.bureau.procurement.purchase;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.procurement.purchase.PurchaseDtos.VendorRequest;
import io.bureau.procurement.purchase.PurchaseDtos.VendorView;

/** Vendors: name, contact, terms. */
@ApplicationScoped
public class VendorService {

    @Inject
    AuditTrail audit;

    @Transactional
    public VendorView create(VendorRequest request) {
        Vendor vendor = new Vendor();
        vendor.id = UUID.randomUUID();
        vendor.describe(request.name().strip(), request.contact(), request.terms());
        vendor.persist();
        Vendor.flush();
        audit.record("vendor.created", "vendor", vendor.id, null, VendorView.of(vendor));
        return VendorView.of(vendor);
    }

    @Transactional
    public VendorView update(UUID id, VendorRequest request, String ifMatch) {
        Vendor vendor = Lookups.requireForUpdate(Vendor.class, id);
        ETags.checkIfMatch(ifMatch, vendor.version);
        VendorView before = VendorView.of(vendor);
        vendor.describe(request.name().strip(), request.contact(), request.terms());
        Vendor.flush();
        audit.record("vendor.updated", "vendor", vendor.id, before, VendorView.of(vendor));
        return VendorView.of(vendor);
    }

    @Transactional
    public VendorView get(UUID id) {
        return VendorView.of(Lookups.require(Vendor.class, id));
    }

    @Transactional
    public Page<VendorView> list(PageRequest page) {
        return Pages.of(Vendor.<Vendor>find("order by name, id"), page, VendorView::of);
    }
}

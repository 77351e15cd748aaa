package io.bureau.procurement.stock;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.stock.StockDtos.StockLevelView;
import io.bureau.procurement.stock.StockDtos.StockLocationView;
import io.bureau.procurement.stock.StockDtos.StockMovementView;
import io.bureau.procurement.stock.StockDtos.SupplyItemView;

/** Reads of the catalogue and stock for screens. */
@ApplicationScoped
public class StockQueries {

    @Inject
    StockService stock;

    @Inject
    Currency currency;

    @Transactional
    public Page<SupplyItemView> items(PageRequest page) {
        return Pages.of(SupplyItem.<SupplyItem>find("order by sku, id"), page, i -> SupplyItemView.of(i, stock.inStock(i.id), currency));
    }

    @Transactional
    public SupplyItemView item(UUID id) {
        SupplyItem item = Lookups.require(SupplyItem.class, id);
        return SupplyItemView.of(item, stock.inStock(id), currency);
    }

    @Transactional
    public Page<StockLevelView> levels(UUID itemId, PageRequest page) {
        Lookups.require(SupplyItem.class, itemId);
        return Pages.of(StockLevel.<StockLevel>find("key.itemId = ?1 order by key.locationId", itemId), page, StockLevelView::of);
    }

    @Transactional
    public Page<StockMovementView> movements(UUID itemId, PageRequest page) {
        Lookups.require(SupplyItem.class, itemId);
        return Pages.of(StockMovement.<StockMovement>find("itemId = ?1 order by occurredAt desc, id", itemId), page, StockMovementView::of);
    }

    @Transactional
    public Page<StockLocationView> locations(PageRequest page) {
        return Pages.of(StockLocation.<StockLocation>find("order by name, id"), page, StockLocationView::of);
    }
}

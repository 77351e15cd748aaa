package io.bureau.procurement.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an asset is in its life. */
@Schema(name = "AssetStatus")
public enum AssetStatus {
    IN_STOCK, ASSIGNED, IN_REPAIR, RETIRED
}

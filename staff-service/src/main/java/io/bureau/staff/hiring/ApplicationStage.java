package io.bureau.staff.hiring;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** applied → screening → interview → offer → hired, or rejected / withdrawn from any open stage. */
@Schema(name = "JobApplicationStage")
public enum ApplicationStage {
    APPLIED, SCREENING, INTERVIEW, OFFER, HIRED, REJECTED, WITHDRAWN;

    public List<ApplicationStage> allowedNext() {
        return switch (this) {
            case APPLIED -> List.of(SCREENING, REJECTED, WITHDRAWN);
            case SCREENING -> List.of(INTERVIEW, REJECTED, WITHDRAWN);
            case INTERVIEW -> List.of(OFFER, REJECTED, WITHDRAWN);
            case OFFER -> List.of(HIRED, REJECTED, WITHDRAWN);
            case HIRED, REJECTED, WITHDRAWN -> List.of();
        };
    }

    public boolean needsReason() {
        return this == REJECTED || this == WITHDRAWN;
    }
}

package io.bureau.reviews.counseling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the counseling API reads and writes. */
public final class CounselingDtos {

    private CounselingDtos() {
    }

    @Schema(name = "CounselingReferralCreateRequest", requiredProperties = { "employeeId", "category", "provider" })
    public record CounselingReferralCreateRequest(@NotNull UUID employeeId, @NotNull CounselingReferral.Category category,
                                                  @NotBlank @Size(max = 200) String provider, LocalDate followUpOn) {
    }

    @Schema(name = "CounselingReferralMoveRequest", requiredProperties = { "status" })
    public record CounselingReferralMoveRequest(@NotNull CounselingReferral.Status status,
                                                @Schema(description = "The next follow-up; cleared when CLOSED") LocalDate followUpOn) {
    }

    @Schema(name = "CounselingReferralView", requiredProperties = { "id", "employeeId", "category", "provider", "status",
            "openedOn", "allowedTransitions", "version" })
    public record CounselingReferralView(UUID id, UUID employeeId, UUID referredBy, CounselingReferral.Category category,
                                         String provider, CounselingReferral.Status status, LocalDate openedOn,
                                         LocalDate followUpOn, List<CounselingReferral.Status> allowedTransitions, long version) {

        public static CounselingReferralView of(CounselingReferral r) {
            return new CounselingReferralView(r.id, r.employeeId, r.referredBy, r.category, r.provider, r.status, r.openedOn,
                    r.followUpOn, r.status.allowedNext(), r.version);
        }
    }
}

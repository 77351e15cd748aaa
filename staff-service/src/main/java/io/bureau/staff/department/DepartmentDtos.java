package io.bureau.staff.department;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the departments API reads and writes. */
public final class DepartmentDtos {

    private DepartmentDtos() {
    }

    @Schema(name = "DepartmentRequest", description = "A department to create, or its new name, parent and manager")
    public record DepartmentRequest(
            @NotBlank @Size(max = 120) @Schema(examples = "Accounts payable") String name,
            @Schema(description = "The department this one belongs to; none for a top-level department") UUID parentId,
            @Schema(description = "The employee who manages it") UUID managerId) {
    }

    @Schema(name = "DepartmentView", requiredProperties = { "id", "name", "version" })
    public record DepartmentView(UUID id, String name, UUID parentId, UUID managerId, long version) {

        static DepartmentView of(Department department) {
            return new DepartmentView(department.id, department.name, department.parentId, department.managerId,
                    department.version);
        }
    }
}

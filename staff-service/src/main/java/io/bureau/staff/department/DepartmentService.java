package io.bureau.staff.department;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.staff.department.DepartmentDtos.DepartmentRequest;
import io.bureau.staff.department.DepartmentDtos.DepartmentView;
import io.bureau.staff.department.DepartmentEvents.DepartmentChanged;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class DepartmentService {

    static final String AUDIT_TYPE = "department";

    private static final Map<String, String> SORTABLE = Map.of("name", "lower(name)");

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Transactional
    public DepartmentView create(DepartmentRequest request) {
        Department department = new Department();
        department.id = UUID.randomUUID();
        department.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(department, request);
        department.persist();
        DepartmentView view = DepartmentView.of(department);
        outbox.publish(DepartmentEvents.CREATED, department.id, DepartmentChanged.of(department));
        audit.record("department.created", AUDIT_TYPE, department.id, null, view);
        return view;
    }

    /** Renames, moves under another parent and sets the manager, in one change. */
    @Transactional
    public DepartmentView update(UUID id, DepartmentRequest request, String ifMatch) {
        Department department = require(id);
        ETags.checkIfMatch(ifMatch, department.version);
        DepartmentView before = DepartmentView.of(department);
        if (request.parentId() != null && isSelfOrBelow(request.parentId(), id)) {
            throw Problems.invalidField("parentId", "a department cannot move under itself or one of its sub-departments");
        }
        apply(department, request);
        Department.flush();
        DepartmentView after = DepartmentView.of(department);
        if (!after.equals(before)) {
            outbox.publish(DepartmentEvents.UPDATED, department.id, DepartmentChanged.of(department));
            audit.record("department.updated", AUDIT_TYPE, department.id, before, after);
        }
        return after;
    }

    public DepartmentView get(UUID id) {
        return DepartmentView.of(require(id));
    }

    public Page<DepartmentView> list(PageRequest page) {
        var query = Department.<Department>find("order by " + page.orderBy(SORTABLE, "lower(name), id"));
        return Pages.of(query, page, DepartmentView::of);
    }

    public Page<DepartmentView> subDepartments(UUID id, PageRequest page) {
        require(id);
        var query = Department.<Department>find("parentId = :parent order by "
                + page.orderBy(SORTABLE, "lower(name), id"), Parameters.with("parent", id));
        return Pages.of(query, page, DepartmentView::of);
    }

    /** For other features: the department, or 404 naming the field that pointed at it. */
    public Department require(UUID id) {
        return Department.<Department>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Department", id));
    }

    public void requireExists(UUID id, String field) {
        if (id != null && Department.findById(id) == null) {
            throw Problems.invalidField(field, "department " + id + " does not exist");
        }
    }

    private void apply(Department department, DepartmentRequest request) {
        if (request.parentId() != null && Department.findById(request.parentId()) == null) {
            throw Problems.invalidField("parentId", "department " + request.parentId() + " does not exist");
        }
        if (request.managerId() != null && Department.getEntityManager()
                .createQuery("select count(e) from Employee e where e.id = :id", Long.class)
                .setParameter("id", request.managerId()).getSingleResult() == 0) {
            throw Problems.invalidField("managerId", "employee " + request.managerId() + " does not exist");
        }
        department.name = request.name().trim();
        department.parentId = request.parentId();
        department.managerId = request.managerId();
    }

    /** Walks up from {@code candidate}: reaching {@code departmentId} means it is the department or below it. */
    private boolean isSelfOrBelow(UUID candidate, UUID departmentId) {
        UUID current = candidate;
        for (int depth = 0; current != null && depth < 100; depth++) {
            if (current.equals(departmentId)) {
                return true;
            }
            Department parent = Department.findById(current);
            current = parent == null ? null : parent.parentId;
        }
        return false;
    }
}

package io.bureau.scheduling.recurring;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateView;
import io.quarkus.panache.common.Parameters;

/** Reads of templates for screens: the managers of the department, top managers and admins. */
@ApplicationScoped
public class TaskTemplateQueries {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "priority", "priority",
            "createdAt", "createdAt", "active", "active");

    @Inject
    WorkAccess work;

    @Transactional
    public TaskTemplateView get(UUID id) {
        TaskTemplate template = Lookups.require(TaskTemplate.class, id);
        requireRead(template.departmentId);
        return TaskTemplateView.of(template);
    }

    @Transactional
    public Page<TaskTemplateView> department(UUID departmentId, Boolean active, PageRequest page) {
        requireRead(departmentId);
        String where = "departmentId = :department" + (active == null ? "" : " and active = :active");
        Parameters parameters = Parameters.with("department", departmentId);
        if (active != null) {
            parameters.and("active", active);
        }
        String order = page.orderBy(SORTABLE, "title, id");
        Page<TaskTemplate> templates = Pages.of(TaskTemplate.find(where + " order by " + order, parameters), page, Function.identity());
        if (!templates.items().isEmpty()) {
            // The required skills of the whole page at once, not one template at a time.
            List<UUID> ids = templates.items().stream().map(t -> t.id).toList();
            TaskTemplate.find("select distinct t from TaskTemplate t left join fetch t.requiredSkills where t.id in ?1", ids).list();
        }
        return templates.map(TaskTemplateView::of);
    }

    private void requireRead(UUID departmentId) {
        if (!work.readsDepartment(departmentId)) {
            throw Problems.forbidden("You may not read the templates of department " + departmentId);
        }
    }
}

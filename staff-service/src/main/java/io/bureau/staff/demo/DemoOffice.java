package io.bureau.staff.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.bureau.staff.department.DepartmentDtos.DepartmentRequest;
import io.bureau.staff.department.DepartmentDtos.DepartmentView;
import io.bureau.staff.department.DepartmentService;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.employee.EmployeeDtos.EmployeeProfileRequest;
import io.bureau.staff.employee.EmployeeEvents.HiredSkill;
import io.bureau.staff.employee.EmployeeService;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.bureau.staff.skill.Skill;
import io.bureau.staff.skill.SkillCatalogue;
import io.bureau.staff.skill.SkillService;
import io.bureau.staff.skill.SkillService.SkillGrant;
import io.bureau.staff.skill.SkillSource;
import io.quarkus.runtime.StartupEvent;

/**
 * A small demo office for a local run ({@code bureau.staff.demo-office=true}, env
 * {@code BUREAU_STAFF_DEMO_OFFICE}): two departments, a skills catalogue and the people the demo
 * tokens name, under fixed ids, each with verified skills at varied levels (one of them expiring
 * in a year), so the scheduling planner has people to plan with. Made through the services, so the outbox publishes it like any
 * other change; every department name and every person's file says it is demo data. Does nothing
 * when the demo people exist.
 */
@ApplicationScoped
public class DemoOffice {

    public static final UUID DANA_DIRECTOR = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID OMAR_OFFICE = UUID.fromString("00000000-0000-4000-8000-000000000002");
    public static final UUID ERIN_EMPLOYEE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    public static final UUID FRANK_FILER = UUID.fromString("00000000-0000-4000-8000-000000000004");
    public static final UUID GRACE_GREETER = UUID.fromString("00000000-0000-4000-8000-000000000005");
    static final String MARK = "Demo data";

    private static final Logger LOG = Logger.getLogger(DemoOffice.class);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final List<String[]> SKILLS = List.of(
            new String[] { "Switchboard", "Phone system" }, new String[] { "Filing", "Records" },
            new String[] { "Bookkeeping", "Finance" }, new String[] { "Customer service", "Front office" },
            new String[] { "Spreadsheets", "Computer system" });

    @ConfigProperty(name = "bureau.staff.demo-office", defaultValue = "false")
    boolean enabled;

    @Inject
    DepartmentService departments;

    @Inject
    EmployeeService employees;

    @Inject
    SkillCatalogue catalogue;

    @Inject
    SkillService skills;

    @Inject
    PersonnelFileService file;

    void onStart(@Observes StartupEvent start) {
        if (enabled && seed()) {
            LOG.info("Seeded the demo office (Dana Director, Omar Office, Erin Employee and colleagues)");
        }
    }

    /** @return whether it seeded anything (false when the demo people exist) */
    @Transactional
    public boolean seed() {
        if (Employee.findById(DANA_DIRECTOR) != null) {
            return false;
        }
        Map<String, Skill> catalogued = new LinkedHashMap<>();
        SKILLS.forEach(skill -> catalogued.put(skill[0], catalogue.findOrCatalogue(skill[0], skill[1])));
        BiFunction<String, Integer, SkillGrant> grant = (name, level) -> new SkillGrant(catalogued.get(name), level);
        LocalDate inAYear = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        DepartmentView head = departments.create(new DepartmentRequest(MARK + ": Head office", null, null));
        DepartmentView front = departments.create(new DepartmentRequest(MARK + ": Front office", head.id(), null));
        person(DANA_DIRECTOR, "Dana", "Director", "Director", head.id(), null,
                grant.apply("Bookkeeping", 4), grant.apply("Spreadsheets", 3));
        person(OMAR_OFFICE, "Omar", "Office", "Office manager", front.id(), DANA_DIRECTOR,
                grant.apply("Customer service", 4), grant.apply("Spreadsheets", 4), grant.apply("Bookkeeping", 2));
        person(ERIN_EMPLOYEE, "Erin", "Employee", "Clerk", front.id(), OMAR_OFFICE,
                grant.apply("Filing", 3), grant.apply("Switchboard", 2), grant.apply("Spreadsheets", 2),
                grant.apply("Customer service", 3));
        person(FRANK_FILER, "Frank", "Filer", "Records clerk", front.id(), OMAR_OFFICE,
                grant.apply("Filing", 5), grant.apply("Bookkeeping", 3), grant.apply("Spreadsheets", 1));
        person(GRACE_GREETER, "Grace", "Greeter", "Receptionist", front.id(), OMAR_OFFICE,
                // A switchboard certificate that needs renewing: it counts until then.
                new SkillGrant(catalogued.get("Switchboard"), 4, inAYear), grant.apply("Customer service", 5),
                grant.apply("Filing", 1));
        departments.update(head.id(), new DepartmentRequest(head.name(), null, DANA_DIRECTOR), null);
        departments.update(front.id(), new DepartmentRequest(front.name(), head.id(), OMAR_OFFICE), null);
        return true;
    }

    private void person(UUID id, String firstName, String lastName, String position, UUID departmentId, UUID managerId,
                        SkillGrant... grants) {
        LocalDate hired = LocalDate.now(ZoneOffset.UTC).minusYears(2);
        List<SkillGrant> held = List.of(grants);
        employees.register(id, new EmployeeProfileRequest(firstName, lastName,
                        firstName.toLowerCase() + "." + lastName.toLowerCase() + "@demo.bureau.example", null, position,
                        departmentId, hired, new BigDecimal("37.5"), WEEKDAYS), managerId, null,
                held.stream().map(g -> new HiredSkill(g.skill().id, g.skill().name, g.level())).toList());
        skills.raise(id, held, SkillSource.VERIFIED, MARK + ": levels set by the demo office", "demo-office");
        file.record(new RecordedEntry(id, PersonnelFileEntryKind.NOTE, MARK,
                "Made by the demo office of a local run; not a real person.", hired, false, "demo-office", null));
    }
}

package io.bureau.platform.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import io.bureau.platform.problem.Problems;

/**
 * {@code ?page=0&size=20&sort=field,asc} as a bean parameter. Sort fields are checked against
 * what the resource allows, so a client can never sort by an arbitrary column.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    /** So that page * size, the row offset, always fits an int (Panache and JDBC take ints). */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    public int size;

    @QueryParam("sort")
    public List<String> sort = new ArrayList<>();

    public static PageRequest of(int page, int size, String... sort) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.sort = List.of(sort);
        return request;
    }

    public int offset() {
        requireWithinBounds();
        return page * size;
    }

    /** The same bounds as the annotations, for a request built in code or read without {@code @Valid}. */
    public void requireWithinBounds() {
        if (page < 0 || page > MAX_PAGE) {
            throw Problems.invalidField("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problems.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /**
     * The ORDER BY clause for the requested sort, mapping API field names to query paths, or the
     * default when none is asked for; unknown fields and directions are a 400 naming "sort".
     */
    public String orderBy(Map<String, String> allowedFields, String defaultOrder) {
        if (sort == null || sort.isEmpty()) {
            return defaultOrder;
        }
        List<String> clauses = new ArrayList<>();
        for (String spec : sort) {
            String[] parts = spec.split(",", -1);
            if (parts.length > 2 || parts[0].isBlank()) {
                throw Problems.invalidField("sort", "must be 'field' or 'field,asc|desc', not '" + spec + "'");
            }
            String path = allowedFields.get(parts[0].trim());
            if (path == null) {
                throw Problems.invalidField("sort", "cannot sort by '" + parts[0].trim() + "'; allowed: " + allowedFields.keySet());
            }
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw Problems.invalidField("sort", "direction must be asc or desc, not '" + direction + "'");
            }
            clauses.add(path + " " + direction);
        }
        return String.join(", ", clauses) + ", " + defaultOrder;
    }
}

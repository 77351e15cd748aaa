package io.bureau.platform.input;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import io.bureau.platform.problem.FieldError;

/**
 * Finds which path, query or header parameter of a request its resource method could not read.
 * JAX-RS answers such a request 404 without saying which (the rule is meant for paths that name
 * nothing); the client deserves a 400 naming the parameter and what it must be.
 */
public final class ParameterReading {

    private ParameterReading() {
    }

    public static Optional<FieldError> firstUnreadable(Method method, UriInfo uri, HttpHeaders headers) {
        if (method == null) {
            return Optional.empty();
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            Optional<FieldError> error = parameter.isAnnotationPresent(BeanParam.class)
                    ? firstUnreadableField(parameter.getType(), uri, headers)
                    : check(parameter, parameter.getParameterizedType(), uri, headers);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldError> firstUnreadableField(Class<?> bean, UriInfo uri, HttpHeaders headers) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Optional<FieldError> error = check(field, field.getGenericType(), uri, headers);
                if (error.isPresent()) {
                    return error;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldError> check(AnnotatedElement element, Type type, UriInfo uri, HttpHeaders headers) {
        String name;
        List<String> values;
        if (element.getAnnotation(PathParam.class) != null) {
            name = element.getAnnotation(PathParam.class).value();
            values = uri.getPathParameters().get(name);
        } else if (element.getAnnotation(QueryParam.class) != null) {
            name = element.getAnnotation(QueryParam.class).value();
            values = uri.getQueryParameters().get(name);
        } else if (element.getAnnotation(HeaderParam.class) != null) {
            name = element.getAnnotation(HeaderParam.class).value();
            values = headers.getRequestHeader(name);
        } else {
            return Optional.empty();
        }
        if (values == null) {
            return Optional.empty();
        }
        Class<?> target = elementType(type);
        for (String value : values) {
            Optional<String> problem = unreadable(value, target);
            if (problem.isPresent()) {
                return Optional.of(new FieldError(name, problem.get()));
            }
        }
        return Optional.empty();
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return type instanceof Class<?> c ? c : String.class;
    }

    /** Why the value cannot be read as the type, or nothing if it can (or the type is not one we know). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Optional<String> unreadable(String value, Class<?> type) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == double.class || type == Double.class || type == BigDecimal.class) {
                new BigDecimal(value.trim());
            } else if (type == UUID.class) {
                UUID.fromString(value.trim());
            } else if (type == LocalDate.class) {
                LocalDate.parse(value.trim());
            } else if (type == LocalTime.class) {
                LocalTime.parse(value.trim());
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(value.trim());
            } else if (type == Instant.class) {
                Instant.parse(value.trim());
            } else if (type.isEnum()) {
                Enum.valueOf((Class) type, value.trim());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(expected(type));
        }
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class) {
            return "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == LocalDate.class) {
            return "must be a date like 2026-01-31";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        return "cannot be read as " + type.getSimpleName();
    }
}

package cn.perfeval.base.api;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedDetail;
import cn.perfeval.base.Messages;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Maps refusals of the application services to RFC 9457 problem details with Chinese (or, when
 * asked for, English) {@code title} and {@code detail}, and the list of fields at fault.
 */
@RestControllerAdvice(basePackages = "cn.perfeval")
class ApiExceptionHandler {

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "error.title.invalid", e, e.problems(), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "error.title.not-found", e, List.of(), locale);
    }

    @ExceptionHandler(ActionRefusedException.class)
    ProblemDetail refused(ActionRefusedException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.title.conflict", e, e.problems(), locale);
        e.details().forEach((name, value) -> problem.setProperty(name, resolve(value, locale)));
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent(OptimisticLockingFailureException e, Locale locale) {
        return plain(HttpStatus.CONFLICT, "error.title.conflict", "error.concurrent-change", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, Locale locale) {
        return plain(HttpStatus.FORBIDDEN, "error.title.forbidden", "error.forbidden", locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        ProblemDetail problem = plain(HttpStatus.BAD_REQUEST, "error.title.invalid", "error.bad-parameter", locale);
        problem.setProperty("errors", List.of(Map.of("field", e.getName(),
                "message", messages.get("error.bad-parameter.value", locale, e.getValue()))));
        return problem;
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ProblemDetail missing(Exception e, Locale locale) {
        String name = e instanceof MissingServletRequestPartException part ? part.getRequestPartName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        ProblemDetail problem = plain(HttpStatus.BAD_REQUEST, "error.title.invalid", "error.bad-parameter", locale);
        problem.setProperty("errors", List.of(Map.of("field", name, "message", messages.get("doc.required", locale))));
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return plain(HttpStatus.CONTENT_TOO_LARGE, "error.title.too-large", "error.upload-too-large", locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = plain(HttpStatus.BAD_REQUEST, "error.title.invalid", "error.unreadable-json", locale);
        String field = e.getCause() instanceof DatabindException db ? path(db) : "";
        String key = e.getCause() instanceof DatabindException ? "error.json.wrong-type" : "error.json.malformed";
        String where = e.getCause() instanceof JacksonException je && je.getLocation() != null
                ? je.getLocation().getLineNr() + ":" + je.getLocation().getColumnNr() : "";
        problem.setProperty("errors", List.of(Map.of("field", field.isEmpty() ? "(document)" : field,
                "message", messages.get(key, locale, field, where))));
        return problem;
    }

    private Object resolve(Object value, Locale locale) {
        if (value instanceof LocalizedDetail detail) {
            return detail.resolve(message -> messages.resolve(message, locale));
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(v -> resolve(v, locale)).toList();
        }
        return value;
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, PerfevalException e,
            List<FieldProblem> fields, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.resolve(e.localized(), locale));
        problem.setTitle(messages.get(titleKey, locale));
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream()
                    .map(f -> Map.of("field", f.field(), "message", messages.resolve(f.message(), locale)))
                    .toList());
        }
        return problem;
    }

    private ProblemDetail plain(HttpStatus status, String titleKey, String detailKey, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(detailKey, locale));
        problem.setTitle(messages.get(titleKey, locale));
        return problem;
    }
}

package cn.perfeval.base.api;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.BusyException;
import cn.perfeval.base.LocalizedDetail;
import cn.perfeval.base.Messages;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.PreconditionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Maps refusals of the application services to RFC 9457 problem details with Chinese (or, when
 * asked for, English) {@code title} and {@code detail}, and the list of fields at fault.
 */
@RestControllerAdvice(basePackages = "cn.perfeval")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "error.title.invalid", e, e.problems(), locale);
    }

    /** Too many uploads being read at once: 503 with {@code Retry-After}; nothing was processed. */
    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "error.title.busy", e, List.of(), locale);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
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

    @ExceptionHandler(PreconditionException.class)
    ResponseEntity<ProblemDetail> precondition(PreconditionException e, Locale locale) {
        HttpStatus status = e.missing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
        ProblemDetail problem = problem(status, e.missing() ? "error.title.precondition-required"
                : "error.title.precondition-failed", e, List.of(), locale);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (e.currentVersion() != null) {
            problem.setProperty("version", e.currentVersion());
            answer.eTag("\"" + e.currentVersion() + "\"");
        }
        return answer.body(problem);
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

    /**
     * A body that is not a report document: empty, cut off, not JSON, or a value of the wrong type
     * for its field. The problem names the field (its path in the document, or {@code (document)})
     * and says in the caller's language what was expected there.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = plain(HttpStatus.BAD_REQUEST, "error.title.invalid", "error.unreadable-json", locale);
        Throwable cause = e.getCause();
        String field = cause instanceof JacksonException je ? path(je) : "";
        String where = cause instanceof JacksonException je && je.getLocation() != null
                ? je.getLocation().getLineNr() + ":" + je.getLocation().getColumnNr() : "";
        String named = field.isEmpty() ? messages.get("error.json.document", locale) : field;
        String message;
        if (cause == null || cause instanceof MismatchedInputException empty && empty.getCurrentToken() == null
                && field.isEmpty() && !(cause instanceof InvalidFormatException)) {
            message = messages.get("error.json.empty", locale);
        } else if (cause instanceof UnexpectedEndOfInputException) {
            message = messages.get("error.json.truncated", locale, named, where);
        } else if (cause instanceof InvalidFormatException f && f.getValue() != null) {
            message = messages.get("error.json.value", locale, named, where, expected(f.getTargetType(), locale),
                    String.valueOf(f.getValue()));
        } else if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = messages.get("error.json.type", locale, named, where, expected(m.getTargetType(), locale));
        } else if (cause instanceof DatabindException) {
            message = messages.get("error.json.wrong-type", locale, field, where);
        } else {
            message = messages.get("error.json.malformed", locale, field, where);
        }
        problem.setProperty("errors", List.of(Map.of("field", field.isEmpty() ? "(document)" : field,
                "message", message)));
        return problem;
    }

    /**
     * Anything no other handler maps. The database being unreachable or too slow is a 503 with
     * {@code Retry-After}; Spring MVC's own refusals keep their status; anything else is the
     * server's own fault: a 500 with a request id that is logged with the stack trace, so that a
     * support desk finds it from the user's message.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        if (e instanceof ErrorResponse known) {
            ProblemDetail body = known.getBody();
            return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders()).body(body);
        }
        // The id every log line of this request carries (RequestLogContext), so that the lines belong together.
        String requestId = cn.perfeval.base.RequestLogContext.requestId();
        if (cn.perfeval.base.DatabaseFaults.unavailable(e)) {
            log.warn("Request {} refused: the database is unavailable ({})", requestId, e.toString());
            ProblemDetail problem = plain(HttpStatus.SERVICE_UNAVAILABLE, "error.title.unavailable",
                    "error.database-unavailable", locale);
            problem.setProperty("requestId", requestId);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                    .body(problem);
        }
        log.error("Request {} failed", requestId, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.get("error.internal", locale, requestId));
        problem.setTitle(messages.get("error.title.internal", locale));
        problem.setProperty("requestId", requestId);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /** What a field of the given type holds, in words: a number, an integer, a text, a list, one of the listed values... */
    private String expected(Class<?> type, Locale locale) {
        String kind;
        if (type == null) {
            kind = "object";
        } else if (type.isEnum()) {
            return messages.get("error.json.expect.enum", locale, java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(java.util.stream.Collectors.joining("、")));
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            kind = "integer";
        } else if (Number.class.isAssignableFrom(type)) {
            kind = "number";
        } else if (type == String.class) {
            kind = "text";
        } else if (type == Boolean.class || type == boolean.class) {
            kind = "boolean";
        } else if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            kind = "list";
        } else {
            kind = "object";
        }
        return messages.get("error.json.expect." + kind, locale);
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

    private static String path(JacksonException e) {
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
                    .map(f -> Map.of("field", f.field(), "message", messages.resolve(f.text(), locale)))
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

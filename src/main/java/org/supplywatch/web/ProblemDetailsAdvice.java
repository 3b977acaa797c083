package org.supplywatch.web;

import java.util.List;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.supplywatch.ingest.SeedProblem;
import org.supplywatch.ingest.SeedRejectedException;
import org.supplywatch.cypher.ServiceBusyException;
import org.supplywatch.lists.CslRejectedException;
import org.supplywatch.lists.ReviewConflictException;
import org.supplywatch.query.InvalidParameterException;
import org.supplywatch.rdf.NotAcceptableException;
import org.supplywatch.rdf.RdfRejectedException;
import org.supplywatch.query.UnknownResourceException;

/**
 * Turns every failure into an RFC 9457 problem: a stable type URI and fixed title per kind,
 * the occurrence in {@code detail}; never a class name, stack trace or internal message.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(UnknownResourceException.class)
    ProblemDetail unknownResource(UnknownResourceException e) {
        ProblemDetail problem = problem(ProblemType.UNKNOWN_RESOURCE, e.getMessage());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(SeedRejectedException.class)
    ProblemDetail seedRejected(SeedRejectedException e) {
        List<SeedProblem> problems = e.problems();
        ProblemDetail problem = problem(ProblemType.SEED_REJECTED,
                problems.size() + " problem(s) in the seed files; nothing was written");
        problem.setProperty("problems", problems);
        return problem;
    }

    @ExceptionHandler(CslRejectedException.class)
    ProblemDetail importRejected(CslRejectedException e) {
        ProblemDetail problem = problem(ProblemType.IMPORT_REJECTED,
                e.problems().size() + " problem(s) in the file; nothing was written");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(RdfRejectedException.class)
    ProblemDetail rdfRejected(RdfRejectedException e) {
        ProblemDetail problem = problem(ProblemType.IMPORT_REJECTED, e.getMessage());
        problem.setProperty("problems", e.problems());
        problem.setProperty("problemCount", e.total());
        return problem;
    }

    @ExceptionHandler(NotAcceptableException.class)
    ProblemDetail notAcceptable(NotAcceptableException e) {
        return problem(ProblemType.NOT_ACCEPTABLE, e.getMessage());
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        ProblemDetail problem = problem(ProblemType.SERVICE_BUSY, e.getMessage());
        problem.setProperty("limit", e.limit());
        return ResponseEntity.status(ProblemType.SERVICE_BUSY.status()).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(ReviewConflictException.class)
    ProblemDetail reviewConflict(ReviewConflictException e) {
        return problem(ProblemType.REVIEW_CONFLICT, e.getMessage());
    }

    /** Query parameters bound to a record ({@code TraversalParams}) that could not be converted. */
    @ExceptionHandler(BindException.class)
    ProblemDetail unbound(BindException e) {
        FieldError error = e.getFieldError();
        return error == null ? problem(ProblemType.BAD_REQUEST, "The request parameters could not be read") : unboundParameter(error);
    }

    private static ProblemDetail unboundParameter(FieldError error) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, "Parameter '" + error.getField() + "' cannot be '"
                + error.getRejectedValue() + "'" + (error.isBindingFailure() ? ": not a value of the expected type" : ""));
        problem.setProperty("parameter", error.getField());
        return problem;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail database(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryTimeoutException
                    || cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TransactionTimedOut")) {
                return problem(ProblemType.QUERY_TIMEOUT,
                        "The query ran past its time budget (supplywatch.query.timeout) and was stopped; narrow it (maxHops, limit, list)");
            }
            if (cause instanceof ServiceUnavailableException) {
                return problem(ProblemType.DATABASE_UNAVAILABLE, "The graph database cannot be reached; try again later");
            }
        }
        log.error("Database failure", e);
        return problem(ProblemType.INTERNAL, "The request failed inside the service; it has been logged");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.TooLargeException) {
                ProblemDetail body = problem(ProblemType.REQUEST_TOO_LARGE,
                        "The request body is larger than supplywatch.http.max-request-size allows");
                return handleExceptionInternal(e, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        FieldError error = e.getBindingResult().getFieldError();
        ProblemDetail body = error == null ? problem(ProblemType.BAD_REQUEST, "The request could not be read") : unboundParameter(error);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring's own problems (missing or mistyped parameters, unsupported media...) get stable types too.
        if (body == null && e instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            ProblemType kind = status.is4xxClientError() ? ProblemType.BAD_REQUEST : ProblemType.INTERNAL;
            problem.setType(kind.type());
            problem.setInstance(null);
        }
        if (body instanceof ProblemDetail problem && org.slf4j.MDC.get(RequestIdFilter.MDC_KEY) != null) {
            problem.setProperty("requestId", org.slf4j.MDC.get(RequestIdFilter.MDC_KEY));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        String requestId = org.slf4j.MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            // Lets a user quote the failing request; the log line carries the same id.
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}

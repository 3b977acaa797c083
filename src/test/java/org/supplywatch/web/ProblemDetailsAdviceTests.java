package org.supplywatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.ProblemDetail;
import org.supplywatch.query.InvalidParameterException;

class ProblemDetailsAdviceTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void answersATimedOutQueryWith503AndAStableType() {
        ClientException timeout = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has been terminated.");
        ProblemDetail problem = advice.database(new QueryTimeoutException("timed out", timeout));
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("https://w3id.org/supplywatch/problems/query-timeout");
        assertThat(problem.getDetail()).doesNotContain("Neo.ClientError");
    }

    @Test
    void hidesInternalFailuresBehindAFixedDetail() {
        ProblemDetail problem = advice.database(new DataRetrievalFailureException("secret internals"));
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret");
    }

    @Test
    void answersAQueryTimeoutOfTheInProcessReaderWith503() {
        // InProcessDatabase says so with Spring's type and Neo4j's status code in the message, which must not leak
        ProblemDetail problem = advice.database(new QueryTimeoutException("Neo.ClientError.Transaction.TransactionTimedOut: terminated"));
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("https://w3id.org/supplywatch/problems/query-timeout");
        assertThat(problem.getDetail()).doesNotContain("Neo.ClientError");
    }

    @Test
    void namesTheParameterOfAnInvalidParameter() {
        ProblemDetail problem = advice.invalidParameter(new InvalidParameterException("maxHops", "must be at most 8"));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("parameter", "maxHops");
    }
}

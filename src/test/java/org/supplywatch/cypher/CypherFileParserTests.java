package org.supplywatch.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherFileParserTests {

    @Test
    void readsHeaderDescriptionAndExampleParameters() {
        CypherFile file = CypherFileParser.parse("queries/example", """
                // What it answers.
                // :param brandId => 'brand/lorex'
                // :param maxHops => 8
                MATCH (b:Brand {id: $brandId})
                RETURN b
                """);
        assertThat(file.description()).isEqualTo("What it answers.");
        assertThat(file.exampleParams()).containsEntry("brandId", "'brand/lorex'").containsEntry("maxHops", "8");
        assertThat(file.statement()).isEqualTo("MATCH (b:Brand {id: $brandId})\nRETURN b");
    }

    @Test
    void splitsOnlyOnSemicolonsThatEndALine() {
        CypherFile file = CypherFileParser.parse("schema/example", """
                // Two statements.
                CREATE (n:Resource {id: 'a;b'});
                // a comment that ends with a semicolon;
                MATCH (n) RETURN n;
                """);
        assertThat(file.statements()).hasSize(2);
        assertThat(file.statements().getFirst()).isEqualTo("CREATE (n:Resource {id: 'a;b'})");
        assertThat(file.statements().get(1)).contains("MATCH (n) RETURN n").doesNotEndWith(";");
    }

    @Test
    void keepsTheParameterLinesOutOfTheStatement() {
        CypherFile file = CypherFileParser.parse("queries/example", "// :param id => 'x';\nRETURN $id\n");
        assertThat(file.exampleParams()).containsEntry("id", "'x'");
        assertThat(file.statement()).isEqualTo("RETURN $id");
    }

    @Test
    void refusesToTreatAScriptAsOneStatement() {
        CypherFile file = CypherFileParser.parse("schema/example", "RETURN 1;\nRETURN 2;\n");
        assertThatThrownBy(file::statement).hasMessageContaining("holds 2 statements");
    }
}

package org.supplywatch.cypher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Cypher file the way Neo4j Browser would run it: the leading {@code //} lines are the
 * header, {@code // :param name => expression} lines give example parameters, and statements
 * end with a {@code ;} at the end of a line (outside comments), never at any {@code ;}.
 */
final class CypherFileParser {

    private static final Pattern PARAM = Pattern.compile("^//\\s*:param\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=>\\s*(.+?)\\s*;?\\s*$");

    private CypherFileParser() {
    }

    static CypherFile parse(String name, String text) {
        Map<String, String> params = new LinkedHashMap<>();
        StringBuilder description = new StringBuilder();
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inHeader = true;
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (inHeader && trimmed.startsWith("//")) {
                Matcher param = PARAM.matcher(trimmed);
                if (param.matches()) {
                    params.put(param.group(1), param.group(2));
                } else {
                    description.append(trimmed.substring(2).strip()).append('\n');
                }
                continue;
            }
            if (!trimmed.isEmpty()) {
                inHeader = false;
            }
            current.append(line).append('\n');
            if (!trimmed.startsWith("//") && trimmed.endsWith(";")) {
                addStatement(statements, current);
            }
        }
        addStatement(statements, current);
        return new CypherFile(name, description.toString().strip(), params, statements);
    }

    private static void addStatement(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (!statement.isEmpty() && !isOnlyComments(statement)) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static boolean isOnlyComments(String statement) {
        return statement.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("//"));
    }
}

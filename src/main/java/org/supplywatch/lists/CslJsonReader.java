package org.supplywatch.lists;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON form of the Consolidated Screening List, as the trade.gov CSL API and its bulk
 * download publish it: {@code {"results": [ {...}, ... ]}}, each result with {@code source}
 * ("Entity List (EL) - Bureau of Industry and Security"), {@code name}, {@code type},
 * {@code alt_names}, {@code addresses} ({@code address, city, state, postal_code, country}),
 * {@code federal_register_notice}, {@code start_date}, {@code end_date},
 * {@code license_requirement}, {@code license_policy}, {@code remarks}, {@code source_list_url}.
 * Results are streamed one at a time; each problem names the line of its result and the field.
 */
final class CslJsonReader {

    private static final Pattern CODE = Pattern.compile("\\(([A-Za-z0-9]{1,10})\\)");
    // Results are read one by one from the stream, so the rest of the array is not a trailing error.
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private CslJsonReader() {
    }

    static List<CslEntry> read(String file, Reader reader, List<CslProblem> problems) {
        Map<String, CslCsvReader.EntryBuilder> entries = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new CslProblem(file, 1, "", "expected a JSON object with a 'results' array"));
                return List.of();
            }
            boolean sawResults = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("results".equals(field) && value == JsonToken.START_ARRAY) {
                    sawResults = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentTokenLocation().getLineNr();
                        JsonNode result = JSON.readTree(parser);
                        rows(file, line, result, problems).forEach(row -> CslCsvReader.fold(entries, row));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawResults) {
                problems.add(new CslProblem(file, 1, "results", "no 'results' array"));
            }
        } catch (JacksonException e) {
            problems.add(new CslProblem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "malformed JSON: " + e.getOriginalMessage()));
        }
        return entries.values().stream().map(CslCsvReader.EntryBuilder::build).toList();
    }

    private static List<CslCsvReader.CslRow> rows(String file, long line, JsonNode result, List<CslProblem> problems) {
        int before = problems.size();
        String source = text(result, "source");
        Matcher code = CODE.matcher(source);
        if (!code.find()) {
            problems.add(new CslProblem(file, line, "source", "'" + source + "' names no list code in parentheses, e.g. (EL)"));
        }
        String name = text(result, "name");
        if (name.isEmpty()) {
            problems.add(new CslProblem(file, line, "name", "is empty"));
        }
        String effective = CslCsvReader.date(file, line, "start_date", text(result, "start_date"), problems);
        String lifted = CslCsvReader.date(file, line, "end_date", text(result, "end_date"), problems);
        if (problems.size() > before) {
            return List.of();
        }
        String listCode = code.group(1).toUpperCase(Locale.ROOT);
        List<String> addresses = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (JsonNode address : result.path("addresses")) {
            addresses.add(String.join(", ", List.of(text(address, "address"), text(address, "city"), text(address, "state"),
                    text(address, "postal_code"), text(address, "country")).stream().filter(s -> !s.isEmpty()).toList()));
            countries.add(text(address, "country"));
        }
        List<String> aliases = new ArrayList<>();
        result.path("alt_names").forEach(alias -> aliases.add(alias.asString("").strip()));
        int count = Math.max(1, Math.max(addresses.size(), aliases.size()));
        List<CslCsvReader.CslRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new CslCsvReader.CslRow(line, listCode, name, text(result, "type"), i < aliases.size() ? aliases.get(i) : "",
                    i < addresses.size() ? addresses.get(i) : "", i < countries.size() ? countries.get(i) : "",
                    text(result, "federal_register_notice"), effective, lifted, text(result, "license_requirement"),
                    text(result, "license_policy"), text(result, "remarks"), text(result, "source_list_url")));
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString().strip() : value.isNumber() ? value.asString() : "";
    }
}

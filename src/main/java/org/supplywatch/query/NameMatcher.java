package org.supplywatch.query;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Scores how well a name someone typed matches a name in the graph, and says why: the same
 * name, the same words in another order, all their words, or a similar spelling. Legal forms
 * ("Co., Ltd.", "Corporation") and punctuation do not count.
 */
final class NameMatcher {

    private static final Set<String> LEGAL_FORMS = Set.of("co", "ltd", "inc", "corp", "corporation", "company", "limited",
            "llc", "plc", "the", "sa", "ag", "gmbh", "holding", "holdings");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /** How a query matched one name of a candidate. */
    record Match(double score, String matchType) {
    }

    static Match match(String query, String candidate) {
        List<String> queryWords = words(query);
        List<String> candidateWords = words(candidate);
        if (queryWords.isEmpty() || candidateWords.isEmpty()) {
            return new Match(0, "none");
        }
        String queryText = String.join(" ", queryWords);
        String candidateText = String.join(" ", candidateWords);
        if (queryText.equals(candidateText)) {
            return new Match(1.0, "exact name");
        }
        if (sorted(queryWords).equals(sorted(candidateWords))) {
            return new Match(0.97, "same words, other order");
        }
        double spelling = 0.9 * Math.max(JARO_WINKLER.apply(queryText, candidateText),
                JARO_WINKLER.apply(sorted(queryWords), sorted(candidateWords)));
        if (candidateWords.containsAll(queryWords)) {
            // Every typed word is in the name: weaker the more the name says besides
            // ("Hikvision" is not "Hikvision subsidiary's baby monitor").
            double coverage = (double) queryWords.size() / candidateWords.size();
            double containment = 0.7 + 0.25 * coverage;
            if (containment >= spelling) {
                return new Match(containment, "all words of the query");
            }
        }
        return new Match(spelling, "similar spelling");
    }

    /** Lower-case words without accents, punctuation or legal forms; Chinese text is kept character by character. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .toList();
    }

    private static String sorted(List<String> words) {
        return words.stream().sorted().collect(Collectors.joining(" "));
    }
}

package org.supplywatch.lists;

import java.util.List;

/**
 * One entry of a Consolidated Screening List file: the rows sharing a source list and a name
 * (the CSL repeats an entry once per alias/address pair), folded together.
 *
 * @param listCode    source list code, e.g. EL
 * @param name        the name as listed
 * @param partyType   the list's SDN Type ("Individual", "Entity"...), often empty
 * @param firstLine   the file line of the entry's first row
 * @param aliases     alternate names, in file order, without repeats
 * @param addresses   addresses as one line each
 * @param countries   countries named in the addresses
 * @param notices     Federal Register notices, in file order
 * @param effective   earliest effective date (ISO), or null
 * @param lifted      date lifted, waived or expired (ISO), or null
 * @param licenseRequirement the list's license requirement (its scope wording)
 * @param licensePolicy      the list's license policy
 * @param remarks     remarks and notes
 * @param webLink     the list's own link
 * @param conflicts   where the entry's rows disagree (e.g. two effective dates), said plainly
 */
record CslEntry(String listCode, String name, String partyType, long firstLine, List<String> aliases, List<String> addresses,
        List<String> countries, List<String> notices, String effective, String lifted, String licenseRequirement,
        String licensePolicy, String remarks, String webLink, List<String> conflicts) {

    /** Only a list that says "Individual" makes a person; otherwise the kind of party is left open. */
    boolean isPerson() {
        return "individual".equalsIgnoreCase(partyType);
    }

    /** The stable key of the entry inside its list: a slug of the listed name. */
    String slug() {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug.length() > 120 ? slug.substring(0, 120) : slug;
    }
}

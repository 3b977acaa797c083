package org.supplywatch.lists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names as lists write them ("Afghanistan", "China") to ISO 3166 alpha-2 codes, from the JDK's own table. */
final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            CODES.put(code.toLowerCase(Locale.ROOT), code);
        }
        // Names the lists use that the JDK spells otherwise.
        CODES.put("russia", "RU");
        CODES.put("iran", "IR");
        CODES.put("burma", "MM");
        CODES.put("hong kong", "HK");
        CODES.put("united states", "US");
    }

    private Countries() {
    }

    /** The ISO code for a country name, or null when it is not recognised. */
    static String code(String name) {
        return name == null ? null : CODES.get(name.strip().toLowerCase(Locale.ROOT));
    }
}

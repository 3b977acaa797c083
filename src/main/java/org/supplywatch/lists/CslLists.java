package org.supplywatch.lists;

import java.util.Locale;
import java.util.Map;

/**
 * The source lists of the Consolidated Screening List, by code. The Entity List is the seed
 * graph's {@code list/us-bis-entity-list}; every other code gets {@code list/us-csl-<code>}.
 * A code not named here is still imported, under its code, and said in the report.
 */
final class CslLists {

    record ListInfo(String id, String name, String authority, boolean known) {
    }

    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("EL", new String[] {"Entity List", "Bureau of Industry and Security"}),
            Map.entry("MEU", new String[] {"Military End User List", "Bureau of Industry and Security"}),
            Map.entry("UVL", new String[] {"Unverified List", "Bureau of Industry and Security"}),
            Map.entry("DPL", new String[] {"Denied Persons List", "Bureau of Industry and Security"}),
            Map.entry("ISN", new String[] {"Nonproliferation Sanctions", "Department of State"}),
            Map.entry("DTC", new String[] {"ITAR Debarred (AECA Debarred List)", "Department of State"}),
            Map.entry("SDN", new String[] {"Specially Designated Nationals and Blocked Persons List", "Office of Foreign Assets Control"}),
            Map.entry("FSE", new String[] {"Foreign Sanctions Evaders List", "Office of Foreign Assets Control"}),
            Map.entry("SSI", new String[] {"Sectoral Sanctions Identifications List", "Office of Foreign Assets Control"}),
            Map.entry("PLC", new String[] {"Palestinian Legislative Council List", "Office of Foreign Assets Control"}),
            Map.entry("CAP", new String[] {"Correspondent Account or Payable-Through Account Sanctions List", "Office of Foreign Assets Control"}),
            Map.entry("CMIC", new String[] {"Non-SDN Chinese Military-Industrial Complex Companies List", "Office of Foreign Assets Control"}),
            Map.entry("MBS", new String[] {"Non-SDN Menu-Based Sanctions List", "Office of Foreign Assets Control"}));

    private CslLists() {
    }

    static ListInfo of(String code) {
        String[] known = KNOWN.get(code);
        if ("EL".equals(code)) {
            return new ListInfo("list/us-bis-entity-list", "Entity List (U.S. Bureau of Industry and Security)", known[1], true);
        }
        String id = "list/us-csl-" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return known == null
                ? new ListInfo(id, "Consolidated Screening List source list " + code, null, false)
                : new ListInfo(id, known[0] + " (" + code + ")", known[1], true);
    }
}

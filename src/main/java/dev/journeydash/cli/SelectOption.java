package dev.journeydash.cli;

import dev.journeydash.model.Journey;
import picocli.CommandLine.Option;

/** The {@code --select} option of the commands that choose the period shown. */
final class SelectOption {
    @Option(names = "--select", paramLabel = "WHICH",
            description = "The period shown: latest-complete (the latest the data covers whole) or latest. "
                    + "Default: the template's select:, else latest-complete.")
    String select;

    /** The selection named, or null for the template's. */
    Journey.Selection selection() {
        if (select == null) {
            return null;
        }
        for (Journey.Selection s : Journey.Selection.values()) {
            if (s.word().equals(select.strip())) {
                return s;
            }
        }
        throw new UsageException("--select must be latest-complete or latest, not " + select);
    }
}

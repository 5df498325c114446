package dev.journeydash.cli;

import dev.journeydash.labels.Labels;
import picocli.CommandLine.Option;

/** The {@code --lang} option of the commands that write words: generate, report, refresh. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language of the workbook's and the report's words: en, id, de, fr, es or pt-BR. Default: en "
                    + "(refresh: the workbook's own).")
    String lang;

    /** The supported code named, or null when the option is not given; {@link UsageException} for an unknown one. */
    String code() {
        if (lang == null) {
            return null;
        }
        try {
            return Labels.normalise(lang);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang must be one of " + String.join(", ", Labels.SUPPORTED) + ", not " + lang);
        }
    }
}

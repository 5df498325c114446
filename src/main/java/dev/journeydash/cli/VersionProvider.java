package dev.journeydash.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** "journeydash 0.1.0": the version Maven wrote into {@code version.properties} from pom.xml. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"journeydash " + version()};
    }

    /** The project version, or "development build" when the resource was not filtered by Maven. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/journeydash/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: the version is unknown
        }
        return "development build";
    }
}

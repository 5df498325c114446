package dev.journeydash.source.sql;

import dev.journeydash.model.InputException;
import dev.journeydash.model.SqlQuery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The user name and password of a SQL source, from the environment variables its template names
 * ({@code user_env:}, {@code password_env:}) or from a credentials file ({@code credentials:}, a
 * properties file with {@code user=} and {@code password=}, or {@code NAME.user=} and
 * {@code NAME.password=} for source {@code NAME}); an environment variable wins over the file.
 * Messages name the variable or the file and key, never a value.
 *
 * @param user     the user name, null for none
 * @param password the password, null for none
 */
record Credentials(String user, String password) {
    /** No credentials (embedded DuckDB, or a database that needs none). */
    static final Credentials NONE = new Credentials(null, null);

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "(hidden)") + "]";
    }

    /**
     * The credentials of source {@code source}'s {@code query}.
     *
     * @param env the environment: variable name to value, null when unset
     * @throws InputException naming a variable that is unset or a file that cannot be read
     */
    static Credentials of(String source, SqlQuery query, UnaryOperator<String> env) throws InputException {
        Properties file = query.credentials() == null ? new Properties() : read(query.credentials());
        String user = pick(source, "user", query.userEnv(), file, env, query);
        String password = pick(source, "password", query.passwordEnv(), file, env, query);
        return user == null && password == null ? NONE : new Credentials(user, password);
    }

    private static String pick(String source, String key, String variable, Properties file, UnaryOperator<String> env,
                               SqlQuery query) throws InputException {
        if (variable != null) {
            String v = env.apply(variable);
            if (v != null && !v.isEmpty()) {
                return v;
            }
            if (query.credentials() == null) {
                throw InputException.of("source \"" + source + "\"", "the environment variable %s (%s_env:) is not set; set it "
                        + "to the database %s, or name a credentials file with credentials:", variable, key, key);
            }
        }
        String v = file.getProperty(source + "." + key, file.getProperty(key));
        if (v == null && variable != null) {
            throw InputException.of(query.credentials(), "neither the environment variable %s nor this file (key %s or %s.%s) "
                    + "gives the database %s", variable, key, source, key, key);
        }
        return v;
    }

    private static Properties read(String file) throws InputException {
        Properties p = new Properties();
        Path path = Path.of(file);
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw InputException.of(file, "cannot read the credentials file (%s); it holds user=NAME and password=SECRET "
                    + "lines", e instanceof java.nio.file.NoSuchFileException ? "it does not exist" : e.getClass().getSimpleName());
        }
        return p;
    }

    /** {@code message} with the password, should a driver repeat it, replaced by {@code ***}. */
    String scrub(String message) {
        if (message == null || password == null || password.isEmpty()) {
            return message;
        }
        return message.replace(password, "***");
    }
}

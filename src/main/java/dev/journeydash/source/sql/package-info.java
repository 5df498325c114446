/**
 * SQL sources: a template's query (inline or in a {@code .sql} file) or a GROUP BY that journeydash
 * writes for a table, run on embedded DuckDB by default or on any JDBC database, its parameters bound
 * as prepared-statement values, its credentials from the environment or a credentials file, its
 * result fed to {@code source.table} as typed rows, as {@code source.csv} feeds a CSV's. Only this
 * package loads JDBC drivers, so that runs without a SQL source never load them.
 *
 * <p>May use: source.table, model, io.
 */
package dev.journeydash.source.sql;

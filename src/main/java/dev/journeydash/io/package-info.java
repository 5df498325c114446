/**
 * Files in and out: text files read with one size check and one decoder, YAML as a tree of plain
 * data with line numbers and a typed field reader that collects every problem with its line, and
 * outputs written atomically (or to a caller's stream).
 *
 * <p>May use: model.
 */
package dev.journeydash.io;

/**
 * The picocli command line: each command turns its options into a
 * {@link dev.journeydash.Request} and one library call, and prints the outcome; one exit-code
 * mapper serves every command. The only package that prints.
 *
 * <p>May use: everything.
 */
package dev.journeydash.cli;

/**
 * Every word journeydash shows, by key and language: {@link dev.journeydash.labels.Labels} reads
 * the UTF-8 properties bundles in {@code src/main/resources/dev/journeydash/labels/}
 * ({@code messages.properties} English, {@code messages_id.properties} Bahasa Indonesia, ...).
 * A key missing from a bundle is a bug (an {@link java.lang.IllegalStateException}), never a
 * silent fallback to English. Renderers ask it for words; formulas never compare with words.
 *
 * <p>May use: model.
 */
package dev.journeydash.labels;

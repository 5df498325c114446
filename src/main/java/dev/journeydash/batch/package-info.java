/**
 * Many clients in one run: a manifest (YAML, or CSV with the header
 * {@code client,template,data,brand,lang,out}) read by {@link dev.journeydash.batch.ManifestReader} into one
 * {@link dev.journeydash.batch.ClientRun} per client, and {@link dev.journeydash.batch.Batch}, which makes each
 * client's workbook (and report, when asked) through {@link dev.journeydash.Journeydash} in parallel on the
 * available cores. A failing client does not stop the others and leaves no file.
 *
 * <p>May use: root, model, io, compute, labels.
 */
package dev.journeydash.batch;

package dev.journeydash.batch;

import java.util.List;

/**
 * A batch manifest: its file, as the user gave it, and its clients in order.
 *
 * @param file    the manifest file, for messages
 * @param clients the clients, at least one
 */
public record Manifest(String file, List<ClientRun> clients) {
    public Manifest {
        clients = List.copyOf(clients);
    }
}

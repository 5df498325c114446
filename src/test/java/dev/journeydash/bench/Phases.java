package dev.journeydash.bench;

import dev.journeydash.Journeydash;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Progress;
import dev.journeydash.xlsx.RenderOptions;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how long each phase of one generation takes: {@code Phases TEMPLATE DATA OUT [rawLevel]},
 * rawLevel being the deflate level of the raw data sheet (default: RenderOptions' default).
 */
public final class Phases {
    private Phases() { }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long[] last = {start};
        String[] phase = {"start"};
        Progress p = new Progress() {
            @Override
            public void phase(String name) {
                long now = System.nanoTime();
                System.out.printf("%-28s %6.2f s%n", phase[0], (now - last[0]) / 1e9);
                last[0] = now;
                phase[0] = name;
            }

            @Override
            public void rows(long rows) { }
        };
        Results r = Journeydash.compute(dev.journeydash.Request.of(Path.of(args[0]), Path.of(args[1])), p);
        RenderOptions.Builder options = RenderOptions.builder();
        if (args.length > 3) {
            options.rawCompression(Integer.parseInt(args[3]));
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
            Journeydash.render(r, options.build(), out, p);
        }
        p.phase("done");
        System.out.printf("total %.2f s, %,d bytes%n", (System.nanoTime() - start) / 1e9, Files.size(Path.of(args[2])));
    }
}

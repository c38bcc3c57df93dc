package io.zhibiao.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Measures extraction speed on one core: the seed page repeated to about 5 MB of UTF-8, several timed rounds. */
public final class ExtractThroughput {

    private ExtractThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path seed = Path.of(args.length > 0 ? args[0] : "seeds/000_a383a695981d7e75.txt");
        int targetBytes = args.length > 1 ? Integer.parseInt(args[1]) : 5 * 1024 * 1024;
        String page = Files.readString(seed, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        int pageBytes = page.getBytes(StandardCharsets.UTF_8).length + 2;
        for (int bytes = 0; bytes < targetBytes; bytes += pageBytes) {
            b.append(page).append("\n\n");
        }
        String text = b.toString();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        Extractor ex = new RuleExtractor();
        ExtractionContext ctx = new ExtractionContext(LocalDate.of(2026, 1, 8), null);
        int count = 0;
        for (int i = 0; i < 2; i++) {
            count = ex.extract(text, ctx).size(); // warm-up
        }
        int rounds = 5;
        // CPU time of this thread as well as wall time: on a shared machine the wall clock also counts waiting.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            count = ex.extract(text, ctx).size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("text %.2f MB (UTF-8), %d chars, %d observations per round%n", mb, text.length(), count);
        System.out.printf("throughput %.2f MB/s (%d rounds in %.2f s, one thread)%n", mb * rounds / secs, rounds, secs);
        System.out.printf("throughput %.2f MB/s of CPU time (%.2f s on CPU)%n", mb * rounds / cpuSecs, cpuSecs);
    }
}

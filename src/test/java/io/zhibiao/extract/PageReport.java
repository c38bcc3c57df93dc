package io.zhibiao.extract;

import java.time.LocalDate;
import org.junit.jupiter.params.provider.Arguments;

/** Prints the agreement of every test page with its table and what differs: PageReport [-v]. */
public final class PageReport {

    private PageReport() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        for (Arguments a : (Iterable<Arguments>) PageTableTest.pages()::iterator) {
            Object[] g = a.get();
            PageTableTest.Score s = PageTableTest.score((String) g[0], (LocalDate) g[1], (String) g[2]);
            System.out.println(verbose ? s.report() : s.summary());
        }
    }
}

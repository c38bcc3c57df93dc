package io.zhibiao.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The CJK font charts are drawn with: Zhibiao Sans SC, a GB 2312 subset of Noto Sans CJK SC carried in
 * the jar (see tools/fonts), so the same data gives the same bytes with or without system fonts.
 */
@ApplicationScoped
class ChartFonts {

    static final String FAMILY = "Zhibiao Sans SC";
    static final String REGULAR = "/fonts/ZhibiaoSansSC-Regular.otf";
    static final String BOLD = "/fonts/ZhibiaoSansSC-Bold.otf";
    private static final Logger LOG = Logger.getLogger(ChartFonts.class);
    private static final int LOAD_ATTEMPTS = 3;

    static {
        // Rendering happens on servers without a display.
        System.setProperty("java.awt.headless", "true");
    }

    /** The two weights charts use; sizes are derived from them, never looked up by family name. */
    record Faces(Font regular, Font bold) {

        Font plain(float size) {
            return regular.deriveFont(Font.PLAIN, size);
        }

        Font bold(float size) {
            return bold.deriveFont(Font.PLAIN, size);
        }
    }

    private final Optional<Faces> faces;
    private final String problem;

    ChartFonts() {
        Faces loaded = null;
        String error = null;
        try {
            loaded = new Faces(loadWithRetry(REGULAR), loadWithRetry(BOLD));
            LOG.infof("Charts use the bundled font '%s'", loaded.regular().getFamily());
        } catch (IOException | FontFormatException | RuntimeException | LinkageError e) {
            // A JRE without its font libraries (libfreetype) cannot draw text at all.
            error = "Charts cannot be rendered: the bundled font " + FAMILY + " could not be loaded (" + e + ")";
            LOG.error(error, e);
        }
        this.faces = Optional.ofNullable(loaded);
        this.problem = error;
    }

    /**
     * {@link Font#createFont} copies the stream to a temporary file first; on a machine under heavy load that copy has
     * failed once in many starts, and a failure here leaves the service without charts until it restarts. A font
     * that is really broken fails the same way each time.
     */
    private static Font loadWithRetry(String resource) throws IOException, FontFormatException {
        for (int attempt = 1;; attempt++) {
            try {
                return load(resource);
            } catch (IOException | RuntimeException e) {
                if (attempt == LOAD_ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("Loading %s failed (%s); trying again", resource, e);
            }
        }
    }

    private static Font load(String resource) throws IOException, FontFormatException {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the class path");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // Registered so that anything naming the family finds this face; charts derive from the object itself,
            // so an installed font of a similar name can never stand in for it.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        }
    }

    Optional<Faces> faces() {
        return faces;
    }

    /** The faces, or a 503 problem saying why charts cannot be drawn. */
    Faces require() {
        return faces.orElseThrow(() -> new ProblemException(503, "Service Unavailable", problem));
    }

    /** Why charts cannot be drawn, when they cannot. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    static boolean canDisplay(Font font, String text) {
        return font.canDisplayUpTo(text) == -1;
    }
}

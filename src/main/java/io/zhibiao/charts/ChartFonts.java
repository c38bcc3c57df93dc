package io.zhibiao.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds the CJK font charts are drawn with, so Chinese text never turns into empty boxes. */
@ApplicationScoped
class ChartFonts {

    static final String MISSING_PACKAGES = "fonts-noto-cjk or fonts-wqy-zenhei";
    // Characters every chart draws; a font that lacks one would draw a box.
    private static final String PROBE = "指标亿元万人次约≥≤–数据截至来源注目标与实际各地年月日（）：；《》，鹰潭市贷款发放额";
    private static final Logger LOG = Logger.getLogger(ChartFonts.class);

    static {
        // Rendering happens on servers without a display.
        System.setProperty("java.awt.headless", "true");
    }

    private final Optional<Font> font;
    private final String searched;

    ChartFonts(ChartsConfig config) {
        this.searched = "families " + config.fontFamily() + " and files " + config.fontFiles();
        this.font = findFamily(config.fontFamily()).or(() -> findFile(config.fontFamily(), config.fontFiles()));
        font.ifPresentOrElse(f -> LOG.infof("Charts use the font '%s' (%s)", f.getFamily(), f.getFontName()),
                () -> LOG.errorf("No CJK font found (%s); charts cannot be rendered until %s is installed", searched,
                        MISSING_PACKAGES));
    }

    Optional<Font> font() {
        return font;
    }

    /** The font, or a 503 problem naming the packages to install. */
    Font require() {
        return font.orElseThrow(() -> new ProblemException(503, "Service Unavailable", missing()));
    }

    String missing() {
        return "No CJK font is installed (searched " + searched + "); install " + MISSING_PACKAGES
                + " so charts can show Chinese text";
    }

    static boolean canDisplay(Font font, String text) {
        return font.canDisplayUpTo(text) == -1;
    }

    private static Optional<Font> findFamily(List<String> families) {
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
        return families.stream().map(String::trim).filter(installed::contains)
                .map(family -> new Font(family, Font.PLAIN, 12))
                .filter(f -> canDisplay(f, PROBE))
                .findFirst();
    }

    // A JVM without fontconfig may not list fonts that are on disk; load them directly then.
    private static Optional<Font> findFile(List<String> families, List<String> files) {
        for (String path : files) {
            File file = new File(path.trim());
            if (!file.isFile()) {
                continue;
            }
            try {
                List<Font> fonts = Arrays.asList(Font.createFonts(file));
                Optional<Font> preferred = fonts.stream().filter(f -> families.contains(f.getFamily())).findFirst();
                Optional<Font> any = preferred.or(() -> fonts.stream().filter(f -> canDisplay(f, PROBE)).findFirst());
                if (any.isPresent() && canDisplay(any.get(), PROBE)) {
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(any.get());
                    return Optional.of(any.get().deriveFont(Font.PLAIN, 12f));
                }
            } catch (IOException | FontFormatException e) {
                LOG.warnf("Cannot load font file %s: %s", file, e.getMessage());
            }
        }
        return Optional.empty();
    }
}

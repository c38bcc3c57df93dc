package io.zhibiao.charts;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Readiness says DOWN, naming the font packages, when charts cannot be drawn in Chinese. */
@Readiness
@ApplicationScoped
class ChartFontCheck implements HealthCheck {

    private final ChartFonts fonts;

    ChartFontCheck(ChartFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Chart CJK font");
        return fonts.font()
                .map(f -> response.up().withData("font", f.getFamily()).build())
                .orElseGet(() -> response.down().withData("missing", ChartFonts.MISSING_PACKAGES)
                        .withData("detail", fonts.missing()).build());
    }
}

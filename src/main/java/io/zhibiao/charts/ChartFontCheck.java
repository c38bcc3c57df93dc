package io.zhibiao.charts;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether charts can be drawn, at /q/health/group/charts. Deliberately not a readiness check: the JSON
 * API stays in rotation when charts cannot render; those answer 503 saying why.
 */
@HealthGroup("charts")
@ApplicationScoped
class ChartFontCheck implements HealthCheck {

    @Inject
    ChartFonts fonts;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Charts");
        return fonts.faces()
                .map(f -> response.up().withData("font", f.regular().getFamily()).build())
                .orElseGet(() -> response.down().withData("reason", fonts.problem().orElse("unknown")).build());
    }
}

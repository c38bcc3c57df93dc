package io.zhibiao.system;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.ws.rs.core.Application;

/** Carries the OpenAPI description of the whole API, including the bearer scheme writes use. */
@OpenAPIDefinition(info = @Info(title = "Zhibiao (指标) API", version = "0.1.0",
        description = "Regional statistics read out of Chinese news: extraction, documents, series, roll-ups, charts."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token of ZHIBIAO_API_TOKENS (plain: ingest; token:role+role: ingest, editor, admin); needed by writes only")
public class ZhibiaoApi extends Application {
}

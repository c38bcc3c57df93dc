package io.zhibiao.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as posted (JSON); checked into a {@link NewDocument} by {@link DocumentInputs}. */
@Schema(description = "An article to store")
public record DocumentInput(
        @Schema(description = "Headline", example = "青山湖区项目提速添动能", required = true, maxLength = DocumentInputs.MAX_TITLE_CHARS) String title,
        @Schema(description = "Outlet or publisher", example = "江西日报", required = true, maxLength = DocumentInputs.MAX_SOURCE_CHARS) String source,
        @Schema(description = "Publication date, YYYY-MM-DD, from 1949-10-01 to a year from today", example = "2026-01-08", required = true) String published,
        @Schema(description = "The article text (UTF-8)", required = true) String text,
        @Schema(description = "6-digit code of the place to assume where the text names none", example = "360111") String region,
        @Schema(description = "Where the article was published (http or https), at most 2048 characters",
                example = "https://www.jxnews.com.cn/2026/01/08/article.html") String url) {
}

/**
 * The review queue: the figures a person should look at, worst first. A figure is in it when a check names it
 * ({@link io.zhibiao.checks}) or the extractor doubts it (confidence below {@link io.zhibiao.review.ReviewQueue#DOUBT});
 * its priority is its findings plus its doubt, times how visible it is (the report series use, the newest period of
 * its series, drawn in a pre-rendered chart). Each item carries what a reviewer needs without another request: the
 * sentence with its neighbours, the document, the attributes with confidence and reasons, and the findings.
 */
package io.zhibiao.review;

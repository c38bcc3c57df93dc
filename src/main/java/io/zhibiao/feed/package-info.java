/**
 * What changed and when: the change log written with every ingest, deletion and re-extraction, the
 * cursor-based change list ({@code /api/changes}) and its push over Server-Sent Events ({@code /api/stream}).
 */
package io.zhibiao.feed;

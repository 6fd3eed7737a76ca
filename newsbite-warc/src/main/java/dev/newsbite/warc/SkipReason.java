package dev.newsbite.warc;

import java.util.Locale;

/** Why a WARC record gave no page. */
public enum SkipReason {
    /** A request record: what the crawler sent, not a page. */
    REQUEST,
    /** A metadata record (crawler's notes, link lists). */
    METADATA,
    /** A revisit record: the page was unchanged and its payload is elsewhere. */
    REVISIT,
    /** The warcinfo record that describes the file. */
    WARCINFO,
    /** Resource, conversion, continuation and unknown record types. */
    OTHER_RECORD,
    /** A response that is not an HTTP response (DNS, Gemini, ...). */
    NOT_HTTP,
    /** An HTTP answer other than 2xx: redirects, errors. */
    HTTP_STATUS,
    /** A payload that is not HTML: images, PDFs, scripts, feeds. */
    NOT_HTML,
    /** A record the crawler marked {@code WARC-Truncated}, or one the file ends inside of. */
    TRUNCATED,
    /** A payload larger than {@link WarcLimits#maxBodyBytes()} once decoded. */
    TOO_LARGE,
    /** A record whose HTTP message or content encoding cannot be read. */
    DAMAGED;

    /** The reason as written in summaries: {@code http-status}, {@code not-html}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

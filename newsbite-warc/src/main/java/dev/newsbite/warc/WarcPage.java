package dev.newsbite.warc;

/**
 * One HTML page read from a WARC response record.
 *
 * @param warcFile the WARC file's name as given to the reader
 * @param recordId the record's {@code WARC-Record-ID}, such as {@code <urn:uuid:...>}
 * @param url the record's {@code WARC-Target-URI}: the page's address
 * @param contentType the HTTP {@code Content-Type} header, charset included, or null when absent
 * @param body the HTTP payload with transfer and content encodings removed
 * @param offset the byte offset of the record in the file (in the compressed file for .warc.gz)
 */
public record WarcPage(String warcFile, String recordId, String url, String contentType, byte[] body, long offset) {
}

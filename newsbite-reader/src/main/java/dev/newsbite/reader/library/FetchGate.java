package dev.newsbite.reader.library;

/**
 * Asked just before the library would fetch from an origin on someone's behalf (a first read or a
 * revalidation), so a caller can be held to a rate. Pages in memory or in the store never ask.
 */
@FunctionalInterface
public interface FetchGate {
    /** Lets every fetch through. */
    FetchGate OPEN = () -> 0;

    /** 0 when the fetch may go ahead now (and is counted), else how many nanoseconds to wait. */
    long admit();
}

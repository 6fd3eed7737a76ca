/**
 * Full-text feeds in the reader: {@code /feed/{host}/{path}} turns a section page or a site's own
 * partial feed into an Atom feed of whole articles, read through the page library so its articles
 * land in the same cache and store as pages read one by one.
 */
package dev.newsbite.reader.feed;

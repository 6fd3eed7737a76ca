/**
 * Section and front pages: {@link dev.newsbite.listing.ListingExtractor} finds a page's story
 * teasers (cheaply, on every page), {@link dev.newsbite.listing.PageClassifier} decides article,
 * listing or other. Stateless and thread-safe.
 */
package dev.newsbite.listing;

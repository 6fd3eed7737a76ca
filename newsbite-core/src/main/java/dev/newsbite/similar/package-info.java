/**
 * Same story, other outlets: a {@link dev.newsbite.similar.StoryPrint} is a MinHash fingerprint of an
 * article's story text, {@link dev.newsbite.similar.StoryGroups} finds the other copies of a story among
 * everything read, and {@link dev.newsbite.similar.InMemoryStoryGroups} is the small in-memory one.
 */
package dev.newsbite.similar;

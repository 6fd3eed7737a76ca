/** JMH benchmarks of extraction, each beside a jsoup parse-only baseline of the same pages. */
package dev.newsbite.bench;

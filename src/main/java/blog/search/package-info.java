/** Full-text search over the live site with Lucene: Chinese bigrams, whole Latin words, highlighted passages. */
package blog.search;

/** The in-memory site: published posts, tags, categories and pages, rebuilt as a whole, never edited. */
package blog.site;

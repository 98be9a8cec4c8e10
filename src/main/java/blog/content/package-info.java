/** Reading posts: front matter, Markdown, summaries and the problems found on the way. */
package blog.content;

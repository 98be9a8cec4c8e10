/** HTTP: routes, page views, Thymeleaf templates, the rendered-page cache and error pages. */
package blog.web;

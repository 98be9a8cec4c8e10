/** The blog's entry points: configuration, the composition root and the command line. */
package blog;

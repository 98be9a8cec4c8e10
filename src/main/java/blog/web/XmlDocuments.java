package blog.web;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0, Atom and sitemap documents, written with the JDK's StAX writer so that escaping is
 * the XML library's job. Characters XML 1.0 cannot hold (control characters) are dropped.
 */
final class XmlDocuments {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlDocuments() {
    }

    /** Writes an RSS 2.0 feed with the summary in {@code description} and the full HTML in {@code content:encoded}. */
    static String rss(Views.Feed feed) {
        return write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("content", "http://purl.org/rss/1.0/modules/content/");
            xml.writeNamespace("atom", "http://www.w3.org/2005/Atom");
            xml.writeStartElement("channel");
            text(xml, "title", feed.title());
            text(xml, "link", feed.siteUrl());
            text(xml, "description", feed.description());
            text(xml, "language", "zh-TW");
            text(xml, "lastBuildDate", feed.updatedRfc822());
            xml.writeEmptyElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.writeAttribute("href", feed.feedUrl());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            for (Views.FeedItem item : feed.items()) {
                xml.writeStartElement("item");
                text(xml, "title", item.title());
                text(xml, "link", item.url());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(item.url());
                xml.writeEndElement();
                text(xml, "pubDate", item.pubDateRfc822());
                for (String category : item.categories()) {
                    text(xml, "category", category);
                }
                text(xml, "description", item.summary());
                xml.writeStartElement("content", "encoded", "http://purl.org/rss/1.0/modules/content/");
                xml.writeCharacters(clean(item.html()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** Writes an Atom 1.0 feed. */
    static String atom(Views.Feed feed) {
        return write(xml -> {
            xml.setDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml:lang", "zh-TW");
            text(xml, "title", feed.title());
            text(xml, "subtitle", feed.description());
            link(xml, feed.siteUrl(), "alternate", "text/html");
            link(xml, feed.feedUrl(), "self", "application/atom+xml");
            text(xml, "id", feed.siteUrl());
            text(xml, "updated", feed.updatedIso());
            xml.writeStartElement("author");
            text(xml, "name", feed.title());
            xml.writeEndElement();
            for (Views.FeedItem item : feed.items()) {
                xml.writeStartElement("entry");
                text(xml, "title", item.title());
                link(xml, item.url(), "alternate", "text/html");
                text(xml, "id", item.url());
                text(xml, "published", item.publishedIso());
                text(xml, "updated", item.updatedIso());
                for (String category : item.categories()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", clean(category));
                }
                text(xml, "summary", item.summary());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(clean(item.html()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** Writes a sitemap. */
    static String sitemap(List<Views.SitemapEntry> entries) {
        return write(xml -> {
            xml.setDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (Views.SitemapEntry entry : entries) {
                xml.writeStartElement("url");
                text(xml, "loc", entry.url());
                if (!entry.lastmodIso().isEmpty()) {
                    text(xml, "lastmod", entry.lastmodIso());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write an XML document", e);
        }
        return out.append('\n').toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
    }

    /** Drops characters that XML 1.0 does not allow anywhere, even escaped. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}

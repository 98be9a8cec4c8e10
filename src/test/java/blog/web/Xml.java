package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses served XML with the JDK's namespace-aware DOM parser, failing the test on any well-formedness error. */
final class Xml {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Xml() {
    }

    /** GETs {@code encodedPath}, asserts a 200 and returns its body parsed from the raw bytes. */
    static Document get(TestBlog site, String encodedPath) {
        HttpResponse<byte[]> response = site.getBytes(encodedPath);
        assertEquals(200, response.statusCode(), () -> "GET " + encodedPath + " -> " + response.statusCode());
        return parse(response.body(), encodedPath);
    }

    /** Parses bytes as XML (the parser reads the declared encoding); any error fails the test. */
    static Document parse(byte[] bytes, String what) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            return fail(what + " is not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child elements of {@code parent} named {@code name} in namespace {@code ns} (null: no namespace). */
    static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())
                    && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
                found.add(e);
            }
        }
        return found;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent, null, name);
    }

    /** The one child element so named; fails unless there is exactly one. */
    static Element child(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        assertEquals(1, found.size(), () -> "<" + parent.getTagName() + "> should have one <" + name + ">, has "
                + found.size());
        return found.get(0);
    }

    static Element child(Element parent, String name) {
        return child(parent, null, name);
    }

    /** The text of the one child element so named. */
    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    static String text(Element parent, String ns, String name) {
        return child(parent, ns, name).getTextContent();
    }

    static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Element::getTextContent).toList();
    }

    /** The first of {@code elements} with a child element {@code ns:childName} whose text is {@code text}. */
    static Optional<Element> firstWithText(List<Element> elements, String ns, String childName, String text) {
        return elements.stream().filter(e -> children(e, ns, childName).stream()
                .anyMatch(c -> c.getTextContent().equals(text))).findFirst();
    }
}

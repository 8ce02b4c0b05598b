package org.borderwatch.interop;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes through an {@link XMLStreamWriter}, indenting block elements by two spaces. Not thread-safe. */
final class IndentedXml {
    private final XMLStreamWriter x;
    private int depth;

    IndentedXml(XMLStreamWriter x) {
        this.x = x;
    }

    void open(String name) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
        x.writeStartElement(name);
        depth++;
    }

    void attribute(String name, String value) throws XMLStreamException {
        x.writeAttribute(name, value);
    }

    void leaf(String name, String text) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    void close() throws XMLStreamException {
        depth--;
        x.writeCharacters("\n" + "  ".repeat(depth));
        x.writeEndElement();
    }
}

package org.borderwatch.interop;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes through an {@link XMLStreamWriter}, indenting block elements by two spaces. Text is kept
 * exactly: a carriage return is written as {@code &#13;}, since an XML reader turns a literal one
 * into a line feed. Not thread-safe.
 */
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
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            x.writeCharacters(text.substring(from, cr));
            x.writeEntityRef("#13");
            from = cr + 1;
        }
        x.writeCharacters(from == 0 ? text : text.substring(from));
        x.writeEndElement();
    }

    void close() throws XMLStreamException {
        depth--;
        x.writeCharacters("\n" + "  ".repeat(depth));
        x.writeEndElement();
    }
}

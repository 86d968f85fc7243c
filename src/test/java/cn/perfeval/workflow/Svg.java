package cn.perfeval.workflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A route diagram's SVG read as XML: the state of each drawn step and flow by its BPMN id. */
public record Svg(Document document) {

    public static Svg parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Svg(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The state ({@code passed}, {@code current}, {@code pending}) of each step drawn. */
    public Map<String, String> steps() {
        return states("g");
    }

    /** The state ({@code passed}, {@code pending}) of each flow drawn. */
    public Map<String, String> flows() {
        return states("path");
    }

    /** The attribute of the element drawn for the step or flow. */
    public Element element(String tag, String id) {
        NodeList list = document.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (id.equals(e.getAttribute("data-id"))) {
                return e;
            }
        }
        return null;
    }

    private Map<String, String> states(String tag) {
        Map<String, String> states = new LinkedHashMap<>();
        NodeList list = document.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.hasAttribute("data-id")) {
                states.put(e.getAttribute("data-id"), e.getAttribute("data-state"));
            }
        }
        return states;
    }
}

package io.cloudimages.architecture;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the build-rule tests read of a module's pom.xml, as written (not the effective model). */
record Pom(Path directory, Element project) {

    /** A dependency as declared; absent elements are empty strings. */
    record Dependency(String groupId, String artifactId, String version, String scope, String type) {
    }

    /** The project of this build: the folder holding the root pom, above the architecture tests' own. */
    static Path root() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("architecture-tests"))) {
            throw new IllegalStateException("run from the architecture-tests folder; " + root + " is not the project's root");
        }
        return root;
    }

    static Pom read(Path directory) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            Document document = factory.newDocumentBuilder().parse(directory.resolve("pom.xml").toFile());
            return new Pom(directory, document.getDocumentElement());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + directory.resolve("pom.xml"), e);
        }
    }

    String artifactId() {
        return text(project, "artifactId");
    }

    String version() {
        return text(project, "version");
    }

    String packaging() {
        String packaging = text(project, "packaging");
        return packaging.isEmpty() ? "jar" : packaging;
    }

    Optional<Element> parent() {
        return child(project, "parent");
    }

    /** Whether the module is published: not kept out of deployment with {@code maven.deploy.skip}. */
    boolean published() {
        return child(project, "properties").map(p -> !text(p, "maven.deploy.skip").equals("true")).orElse(true);
    }

    List<String> modules() {
        return child(project, "modules").map(m -> children(m, "module").stream().map(Node::getTextContent)
                .map(String::strip).toList()).orElse(List.of());
    }

    List<Dependency> dependencies() {
        return child(project, "dependencies").map(Pom::dependencies).orElse(List.of());
    }

    /** Whether the build's Surefire sends the tests' output to files instead of the build's output. */
    boolean redirectsTestOutput() {
        return child(project, "build").flatMap(b -> child(b, "plugins")).map(p -> children(p, "plugin")).orElse(List.of())
                .stream().filter(plugin -> text(plugin, "artifactId").equals("maven-surefire-plugin"))
                .flatMap(plugin -> child(plugin, "configuration").stream())
                .anyMatch(configuration -> text(configuration, "redirectTestOutputToFile").equals("true"));
    }

    List<Dependency> managedDependencies() {
        return child(project, "dependencyManagement").flatMap(m -> child(m, "dependencies")).map(Pom::dependencies)
                .orElse(List.of());
    }

    private static List<Dependency> dependencies(Element list) {
        return children(list, "dependency").stream().map(d -> new Dependency(text(d, "groupId"), text(d, "artifactId"),
                text(d, "version"), text(d, "scope"), text(d, "type"))).toList();
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
    }
}

package vn.longbien.exemplar.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Camunda Modeler 5 needs to open a table as a clean DRD, and the conventions of the tables: DMN 1.3, Vietnamese
 * labels, annotated rules, a history time to live on every decision, a shape for every element and an edge for every
 * requirement, no two shapes on top of each other.
 */
class DmnModelerLayoutTest {

  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String DC = "http://www.omg.org/spec/DMN/20180521/DC/";
  private static final String DI = "http://www.omg.org/spec/DMN/20180521/DI/";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

  @ParameterizedTest
  @MethodSource("vn.longbien.exemplar.criteria.DecisionTables#fileNames")
  void everyDecisionIsLabelledAnnotatedAndKeptTenYears(String file) throws Exception {
    Document dmn = parse(file);

    assertThat(dmn.getDocumentElement().getNamespaceURI()).isEqualTo(DMN);
    for (Element decision : elements(dmn, DMN, "decision")) {
      assertThat(decision.getAttribute("name")).as("name of %s", decision.getAttribute("id")).isNotBlank();
      assertThat(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")).as("TTL of %s", decision.getAttribute("id")).isEqualTo("3650");
      assertThat(text(decision, "description")).as("description of %s", decision.getAttribute("id")).containsPattern("KH 26|Kế hoạch 26");
    }
    for (Element input : elements(dmn, DMN, "input")) {
      assertThat(input.getAttribute("label")).as("label of %s", input.getAttribute("id")).isNotBlank();
    }
    for (Element output : elements(dmn, DMN, "output")) {
      assertThat(output.getAttribute("label")).as("label of %s", output.getAttribute("id")).isNotBlank();
      assertThat(output.getAttribute("name")).as("name of %s", output.getAttribute("id")).isNotBlank();
    }
    for (Element rule : elements(dmn, DMN, "rule")) {
      assertThat(text(rule, "description")).as("annotation of %s", rule.getAttribute("id")).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("vn.longbien.exemplar.criteria.DecisionTables#fileNames")
  void decisionRequirementsDiagramHasAShapeForEveryElementAndAnEdgeForEveryRequirement(String file) throws Exception {
    Document dmn = parse(file);
    Map<String, double[]> shapes = new HashMap<>();
    for (Element shape : elements(dmn, DMNDI, "DMNShape")) {
      Element bounds = (Element) shape.getElementsByTagNameNS(DC, "Bounds").item(0);
      shapes.put(shape.getAttribute("dmnElementRef"), new double[] {
          Double.parseDouble(bounds.getAttribute("x")), Double.parseDouble(bounds.getAttribute("y")),
          Double.parseDouble(bounds.getAttribute("width")), Double.parseDouble(bounds.getAttribute("height"))});
    }
    List<String> edges = new ArrayList<>();
    for (Element edge : elements(dmn, DMNDI, "DMNEdge")) {
      assertThat(edge.getElementsByTagNameNS(DI, "waypoint").getLength()).isGreaterThanOrEqualTo(2);
      edges.add(edge.getAttribute("dmnElementRef"));
    }

    assertThat(elements(dmn, DMNDI, "DMNDiagram")).hasSize(1);
    for (String type : List.of("decision", "inputData", "knowledgeSource", "textAnnotation")) {
      for (Element element : elements(dmn, DMN, type)) {
        assertThat(shapes).as("shape of %s", element.getAttribute("id")).containsKey(element.getAttribute("id"));
      }
    }
    for (String type : List.of("informationRequirement", "authorityRequirement", "association")) {
      for (Element requirement : elements(dmn, DMN, type)) {
        assertThat(edges).as("edge of %s", requirement.getAttribute("id")).contains(requirement.getAttribute("id"));
      }
    }
    List<Map.Entry<String, double[]>> all = new ArrayList<>(shapes.entrySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        assertThat(overlap(all.get(i).getValue(), all.get(j).getValue()))
            .as("%s overlaps %s", all.get(i).getKey(), all.get(j).getKey()).isFalse();
      }
    }
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  private static Document parse(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream stream = DecisionTables.open(file)) {
      return factory.newDocumentBuilder().parse(stream);
    }
  }

  private static List<Element> elements(Document document, String namespace, String localName) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  private static String text(Element parent, String childName) {
    for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && DMN.equals(element.getNamespaceURI()) && childName.equals(element.getLocalName())) {
        return element.getTextContent();
      }
    }
    return "";
  }
}

package app.cinesync.checks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a CloudFormation/SAM template, turning every short-form intrinsic ({@code !Ref x},
 * {@code !GetAtt a.b}, {@code !Sub}, {@code !If}, {@code !Equals}, {@code !Select},
 * {@code !GetAZs}, {@code !Join}, {@code !Split}, {@code !Not}, ...) into its long form
 * ({@code {Ref: x}}, <code>{Fn::GetAtt: "a.b"}</code>, ...), as CloudFormation does, and
 * expanding the {@code AWS::LanguageExtensions} loops ({@code Fn::ForEach}) the way that
 * transform does. Also evaluates the few intrinsics the tests need to reason about names and
 * {@code Rules} for given parameter values.
 */
final class CloudFormationYaml {
    private CloudFormationYaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path template) throws IOException {
        try (Reader in = Files.newBufferedReader(template)) {
            Map<String, Object> t = (Map<String, Object>) new Yaml(new IntrinsicsConstructor()).load(in);
            Map<String, Object> mappings = map(t.get("Mappings"));
            for (String section : List.of("Resources", "Outputs")) {
                if (t.get(section) != null) {
                    t.put(section, expandForEach(map(t.get(section)), mappings));
                }
            }
            return t;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    /** {@code Fn::ForEach::Name: [Identifier, [values...], {"Key${Identifier}": body}]}, each loop unrolled. */
    private static Map<String, Object> expandForEach(Map<String, Object> section, Map<String, Object> mappings) {
        Map<String, Object> out = new LinkedHashMap<>();
        section.forEach((key, value) -> {
            if (!key.startsWith("Fn::ForEach::")) {
                out.put(key, value);
                return;
            }
            List<?> loop = (List<?>) value;
            String identifier = (String) loop.get(0);
            for (Object item : (List<?>) loop.get(1)) {
                map(loop.get(2)).forEach((k, body) -> out.put(k.replace("${" + identifier + "}", (String) item),
                        substitute(body, identifier, (String) item, mappings)));
            }
        });
        return out;
    }

    private static Object substitute(Object o, String identifier, String value, Map<String, Object> mappings) {
        if (o instanceof List<?> list) {
            return list.stream().map(e -> substitute(e, identifier, value, mappings)).toList();
        }
        if (!(o instanceof Map<?, ?> m)) {
            return o;
        }
        if (m.size() == 1 && m.containsKey("Ref")) {
            Object target = substitute(m.get("Ref"), identifier, value, mappings);
            return identifier.equals(target) ? value : Map.of("Ref", target);
        }
        if (m.size() == 1 && m.get("Fn::Sub") instanceof String s) {
            String replaced = s.replace("${" + identifier + "}", value);
            return replaced.contains("${") ? Map.of("Fn::Sub", replaced) : replaced;
        }
        if (m.size() == 1 && m.containsKey("Fn::FindInMap")) {
            List<?> args = (List<?>) substitute(m.get("Fn::FindInMap"), identifier, value, mappings);
            if (args.stream().allMatch(String.class::isInstance)) {
                return map(map(mappings.get(args.get(0))).get(args.get(1))).get(args.get(2));
            }
            return Map.of("Fn::FindInMap", args);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put((String) k, substitute(v, identifier, value, mappings)));
        return out;
    }

    /** Every logical id a value names through Ref, GetAtt or Sub (pseudo parameters and SAM's ".Version" refs included as written). */
    static Set<String> referencedIds(Object o) {
        Set<String> ids = new TreeSet<>();
        collectRefs(o, ids);
        return ids;
    }

    private static void collectRefs(Object o, Set<String> ids) {
        if (o instanceof Collection<?> c) {
            c.forEach(e -> collectRefs(e, ids));
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (k.equals("Ref") && v instanceof String s) {
                    ids.add(s);
                } else if (k.equals("Fn::GetAtt")) {
                    ids.add(v instanceof String s ? s.substring(0, s.indexOf('.')) : String.valueOf(((List<?>) v).getFirst()));
                } else {
                    collectRefs(v, ids);
                }
            });
        }
    }

    /**
     * Evaluates a value built from literals, {@code Ref} (to the given parameters and pseudo
     * parameters), {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
     * {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or} and {@code Fn::Contains}.
     */
    static Object evaluate(Object o, Map<String, Object> values) {
        if (o instanceof String || o instanceof Number || o instanceof Boolean) {
            return o;
        }
        if (o instanceof List<?> list) {
            return list.stream().map(e -> evaluate(e, values)).toList();
        }
        Map<String, Object> m = map(o);
        if (m.size() != 1) {
            throw new IllegalArgumentException("not an intrinsic: " + m);
        }
        var e = m.entrySet().iterator().next();
        Object arg = e.getValue();
        return switch (e.getKey()) {
            case "Ref" -> {
                if (!values.containsKey((String) arg)) {
                    throw new IllegalArgumentException("no value for " + arg);
                }
                yield values.get((String) arg);
            }
            case "Fn::Sub" -> {
                String s = (String) arg;
                for (var v : values.entrySet()) {
                    s = s.replace("${" + v.getKey() + "}", String.valueOf(v.getValue()));
                }
                yield s;
            }
            case "Fn::Join" -> ((List<?>) evaluate(((List<?>) arg).get(1), values)).stream()
                    .map(String::valueOf).collect(Collectors.joining((String) ((List<?>) arg).get(0)));
            case "Fn::Select" -> ((List<?>) evaluate(((List<?>) arg).get(1), values)).get(((Number) evaluate(((List<?>) arg).get(0), values)).intValue());
            case "Fn::Split" -> List.of(((String) evaluate(((List<?>) arg).get(1), values)).split(java.util.regex.Pattern.quote((String) ((List<?>) arg).get(0)), -1));
            case "Fn::Equals" -> evaluate(((List<?>) arg).get(0), values).equals(evaluate(((List<?>) arg).get(1), values));
            case "Fn::Not" -> !(Boolean) evaluate(((List<?>) arg).getFirst(), values);
            case "Fn::And" -> ((List<?>) arg).stream().allMatch(a -> (Boolean) evaluate(a, values));
            case "Fn::Or" -> ((List<?>) arg).stream().anyMatch(a -> (Boolean) evaluate(a, values));
            case "Fn::Contains" -> ((List<?>) evaluate(((List<?>) arg).get(0), values)).contains(evaluate(((List<?>) arg).get(1), values));
            default -> throw new IllegalArgumentException("cannot evaluate " + e.getKey());
        };
    }

    /** The AssertDescriptions of the template's Rules that refuse these parameter values. */
    static List<String> ruleViolations(Map<String, Object> template, Map<String, Object> parameterValues) {
        List<String> violations = new ArrayList<>();
        map(template.get("Rules")).values().forEach(rule -> {
            Object condition = map(rule).get("RuleCondition");
            if (condition == null || (Boolean) evaluate(condition, parameterValues)) {
                for (Object a : (List<?>) map(rule).get("Assertions")) {
                    if (!(Boolean) evaluate(map(a).get("Assert"), parameterValues)) {
                        violations.add(String.valueOf(map(a).get("AssertDescription")));
                    }
                }
            }
        });
        return violations;
    }

    private static final class IntrinsicsConstructor extends SafeConstructor {
        IntrinsicsConstructor() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String name = node.getTag().getValue().substring(1);
                    Object value = switch (node) {
                        case ScalarNode s -> constructScalar(s);
                        case SequenceNode s -> constructSequence(s);
                        case MappingNode m -> constructMapping(m);
                        default -> throw new IllegalArgumentException("unexpected node " + node);
                    };
                    Map<String, Object> intrinsic = new LinkedHashMap<>();
                    intrinsic.put(name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name, value);
                    return intrinsic;
                }
            });
        }
    }
}

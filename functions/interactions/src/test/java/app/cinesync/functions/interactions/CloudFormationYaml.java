package app.cinesync.functions.interactions;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * ({@code {Ref: x}}, <code>{Fn::GetAtt: "a.b"}</code>, ...), as CloudFormation does.
 */
final class CloudFormationYaml {
    private CloudFormationYaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path template) throws IOException {
        try (Reader in = Files.newBufferedReader(template)) {
            return (Map<String, Object>) new Yaml(new IntrinsicsConstructor()).load(in);
        }
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

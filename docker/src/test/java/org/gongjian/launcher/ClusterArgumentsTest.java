package org.gongjian.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterArgumentsTest {

    @Test
    void withoutClusterTheServerStaysAlone() {
        assertEquals(List.of("--nocluster"), ClusterArguments.of(Map.of()));
        assertEquals(List.of("--nocluster"), ClusterArguments.of(Map.of("GONGJIAN_CLUSTER", " ")));
    }

    @Test
    void loopbackClusterGetsMembersNameAddressAndPort() {
        assertEquals(List.of("--clusterMode", "tcpip:127.0.0.1:6921,127.0.0.1:6922", "--clusterName", "city-a",
                        "--interfaces", "127.0.0.1", "--hzPublicAddress", "127.0.0.1", "--startPort", "6921"),
                ClusterArguments.of(Map.of("GONGJIAN_CLUSTER", "tcpip:127.0.0.1:6921,127.0.0.1:6922",
                        "GONGJIAN_CLUSTER_NAME", "city-a", "GONGJIAN_CLUSTER_ADDRESS", "127.0.0.1",
                        "GONGJIAN_CLUSTER_PORT", "6921")));
    }

    @Test
    void kubernetesDiscoveryKeepsTheDefaultName() {
        assertEquals(List.of("--clusterMode", "kubernetes:gongjian,gongjian-grid", "--clusterName", "gongjian"),
                ClusterArguments.of(Map.of("GONGJIAN_CLUSTER", "kubernetes:gongjian,gongjian-grid")));
        assertEquals(List.of("--clusterMode", "domain:10.0.0.5:4900", "--clusterName", "gongjian"),
                ClusterArguments.of(Map.of("GONGJIAN_CLUSTER", "domain:10.0.0.5:4900")));
    }

    @Test
    void malformedModeIsRefusedNamingTheVariable() {
        for (String value : List.of("tcpip:127.0.0.1:6900-6901", "tcpip:", "tcpip:10.0.0.5:70000", "kubernetes:ns",
                "gossip:10.0.0.5", "tcpip:10.0.0.5:6900 --deploy evil.war")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> ClusterArguments.of(Map.of("GONGJIAN_CLUSTER", value)), value);
            assertTrue(refused.getMessage().contains("GONGJIAN_CLUSTER:"), refused.getMessage());
            assertTrue(refused.getMessage().contains("集群设置无效"), refused.getMessage());
        }
    }

    @Test
    void malformedNameAddressOrPortIsRefused() {
        Map<String, String> refusedValues = Map.of("GONGJIAN_CLUSTER_NAME", "city a", "GONGJIAN_CLUSTER_ADDRESS", "127.0.0.1 --nocluster",
                "GONGJIAN_CLUSTER_PORT", "6900-6901");
        refusedValues.forEach((variable, value) -> {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> ClusterArguments.of(Map.of("GONGJIAN_CLUSTER", "tcpip:127.0.0.1:6900", variable, value)), variable);
            assertTrue(refused.getMessage().contains(variable + ":"), refused.getMessage());
        });
    }

    @Test
    void clusterDetailsWithoutClusterAreRefusedRatherThanIgnored() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClusterArguments.of(Map.of("GONGJIAN_CLUSTER_PORT", "6900")));
        assertTrue(refused.getMessage().contains("GONGJIAN_CLUSTER_PORT"), refused.getMessage());
        assertTrue(refused.getMessage().contains("only applies when GONGJIAN_CLUSTER is set"), refused.getMessage());
    }
}

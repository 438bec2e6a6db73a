package org.gongjian.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Payara Micro's Data Grid arguments from the GONGJIAN_CLUSTER* variables. Without
 * GONGJIAN_CLUSTER the server stays alone ({@code --nocluster}); with it, the servers that share
 * the value, the cluster name and one database form one portal, sessions included. A value Payara
 * Micro would misread is refused here, naming the variable, before anything starts.
 */
final class ClusterArguments {

    static final String MODE = "GONGJIAN_CLUSTER";
    static final String NAME = "GONGJIAN_CLUSTER_NAME";
    static final String ADDRESS = "GONGJIAN_CLUSTER_ADDRESS";
    static final String PORT = "GONGJIAN_CLUSTER_PORT";
    static final String DEFAULT_NAME = "gongjian";

    private static final String HOST = "[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?";
    private static final String PORT_NUMBER = "(?:[1-9][0-9]{0,4})";
    private static final String MEMBER = HOST + "(?::" + PORT_NUMBER + ")?";
    private static final String MEMBERS = MEMBER + "(?:," + MEMBER + ")*";
    private static final String K8S_NAME = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    /** The forms Payara Micro's --clusterMode reads; a port range (6900-6901) is not one of them. */
    private static final Pattern MODE_VALUE = Pattern.compile(String.join("|",
            "tcpip:" + MEMBERS,
            "dns:" + MEMBERS,
            "domain:" + HOST + ":" + PORT_NUMBER,
            "multicast:" + HOST + ":" + PORT_NUMBER,
            "kubernetes(?::" + K8S_NAME + "," + K8S_NAME + ")?"));
    private static final Pattern NAME_VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ADDRESS_VALUE = Pattern.compile(HOST);
    private static final Pattern PORT_IN_VALUE = Pattern.compile(":(" + PORT_NUMBER + ")(?=,|$)");

    private ClusterArguments() {
    }

    static List<String> of(Map<String, String> environment) {
        String mode = value(environment, MODE);
        if (mode == null) {
            for (String other : List.of(NAME, ADDRESS, PORT)) {
                if (value(environment, other) != null) {
                    throw refused(other, "只在设置 " + MODE + " 时有效 / only applies when " + MODE + " is set",
                            value(environment, other));
                }
            }
            return List.of("--nocluster");
        }
        if (!MODE_VALUE.matcher(mode).matches() || !portsInRange(mode)) {
            throw refused(MODE, "应为 tcpip:主机:端口,主机:端口、kubernetes:命名空间,服务名、dns:…、domain:主机:端口 或 multicast:组:端口"
                    + " / must be tcpip:host:port,host:port, kubernetes:namespace,service, dns:…, domain:host:port"
                    + " or multicast:group:port (one port per member, no range)", mode);
        }
        String name = value(environment, NAME);
        if (name != null && !NAME_VALUE.matcher(name).matches()) {
            throw refused(NAME, "只能含字母、数字、点、横线与下划线 / may hold letters, digits, dots, dashes and underscores only", name);
        }
        List<String> arguments = new ArrayList<>(List.of("--clusterMode", mode, "--clusterName", name == null ? DEFAULT_NAME : name));
        String address = value(environment, ADDRESS);
        if (address != null) {
            if (!ADDRESS_VALUE.matcher(address).matches()) {
                throw refused(ADDRESS, "应为本服务器在集群中的 IP 地址或主机名 / must be this server's IP address or host name in the cluster", address);
            }
            arguments.addAll(List.of("--interfaces", address, "--hzPublicAddress", address));
        }
        String port = value(environment, PORT);
        if (port != null) {
            if (!port.matches(PORT_NUMBER) || Integer.parseInt(port) > 65535) {
                throw refused(PORT, "应为端口号 (1-65535) / must be a port number (1-65535)", port);
            }
            arguments.addAll(List.of("--startPort", port));
        }
        return List.copyOf(arguments);
    }

    private static boolean portsInRange(String mode) {
        return PORT_IN_VALUE.matcher(mode).results().allMatch(port -> Integer.parseInt(port.group(1)) <= 65535);
    }

    private static IllegalStateException refused(String variable, String rule, String value) {
        return new IllegalStateException("集群设置无效 / Invalid cluster setting " + variable + ": " + rule + "; 当前值 / given: " + value);
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

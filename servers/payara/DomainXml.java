import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Offline editor of a STOPPED Payara domain's config/domain.xml, run by configure.sh as
 * {@code java DomainXml.java <domain.xml> [--option value]... [KEY=VALUE]...} (JDK single-file launch).
 *
 * <p>Every edit sets a value rather than adding one, so running it twice gives the same file. It edits
 * offline because asadmin needs a running domain, and a first start of an unconfigured domain would
 * already bind 0.0.0.0 on default ports. It touches only the "server-config" config, the "server"
 * server, the domain-wide Hazelcast settings and the application's own JDBC pool and resource.
 *
 * <p>Options: --address (127.0.0.1) --http-port (8080) --admin-port (4848) --port-offset (http-port minus
 * 8080: added to every other default port) --hazelcast (false) --heap (512m) --pool-name (otpPool)
 * --jndi-name (jdbc/otp) --datasource-class --db-url --db-user --db-password --smtp-host --smtp-port (25)
 * --mail-from (otp@localhost) --smtp-user (otp) --mail-jndi-name (mail/otp) --keystore (none: HTTPS off)
 * --keystore-password --keystore-type (PKCS12) --cert-alias (otp-tls) --https-port (8181 + port offset) --http-threads (64). Each KEY=VALUE becomes a
 * server system property, which MicroProfile Config reads.
 */
public class DomainXml {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: java DomainXml.java <domain.xml> [--option value]... [KEY=VALUE]...");
        }
        File file = new File(args[0]);
        Map<String, String> opts = new LinkedHashMap<>();
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                opts.put(a.substring(2), args[++i]);
            } else if (a.indexOf('=') > 0) {
                props.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("neither --option nor KEY=VALUE: " + a);
            }
        }
        new DomainXml(file, opts, props).run();
    }

    private final File file;
    private final Map<String, String> opts;
    private final Map<String, String> props;
    private Document doc;

    private DomainXml(File file, Map<String, String> opts, Map<String, String> props) {
        this.file = file;
        this.opts = opts;
        this.props = props;
    }

    private String opt(String name, String def) {
        return opts.getOrDefault(name, def);
    }

    private void run() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        doc = f.newDocumentBuilder().parse(file);
        Element domain = doc.getDocumentElement();
        Element config = only(domain, "configs", "config", "name", "server-config");
        Element server = only(domain, "servers", "server", "name", "server");

        String address = opt("address", "127.0.0.1");
        int http = Integer.parseInt(opt("http-port", "8080"));
        int admin = Integer.parseInt(opt("admin-port", "4848"));
        int off = Integer.parseInt(opt("port-offset", String.valueOf(http - 8080)));

        // --- network listeners: HTTP and admin on the loopback address; HTTPS only with a keystore ---
        Element network = child(config, "network-config");
        Element listeners = child(network, "network-listeners");
        listener(listeners, "http-listener-1", address, http, true);
        listener(listeners, "admin-listener", address, admin, true);
        boolean https = opts.containsKey("keystore");
        listener(listeners, "http-listener-2", address, Integer.parseInt(opt("https-port", String.valueOf(8181 + off))), https);
        if (https) {
            tls(child(network, "protocols"));
        }
        slowClients(network, config);

        // --- IIOP: all three listeners off, loopback, moved ---
        Element iiop = child(config, "iiop-service");
        int[] iiopPorts = {3700, 3820, 3920};
        String[] iiopIds = {"orb-listener-1", "SSL", "SSL_MUTUALAUTH"};
        for (int i = 0; i < iiopIds.length; i++) {
            Element l = find(iiop, "iiop-listener", "id", iiopIds[i]);
            if (l != null) {
                l.setAttribute("address", address);
                l.setAttribute("port", String.valueOf(iiopPorts[i] + off));
                l.setAttribute("enabled", "false");
            }
        }

        // --- JMX connector off (asadmin and Arquillian use the admin listener) ---
        Element adminService = child(config, "admin-service");
        for (Element jmx : children(adminService, "jmx-connector")) {
            jmx.setAttribute("address", address);
            jmx.setAttribute("port", String.valueOf(8686 + off));
            jmx.setAttribute("enabled", "false");
        }

        // --- JMS broker off (the application uses no JMS) ---
        Element jms = find(config, "jms-service", null, null);
        if (jms == null) {
            jms = doc.createElement("jms-service");
            jms.setAttribute("default-jms-host", "default_JMS_host");
            Element host = doc.createElement("jms-host");
            host.setAttribute("name", "default_JMS_host");
            host.setAttribute("port", "${JMS_PROVIDER_PORT}");
            jms.appendChild(host);
            config.insertBefore(jms, child(config, "security-service"));
        }
        jms.setAttribute("type", "DISABLED");
        for (Element h : children(jms, "jms-host")) {
            h.setAttribute("host", address);
        }
        systemProperty(config, "JMS_PROVIDER_PORT", String.valueOf(7676 + off));

        // --- Hazelcast (Domain Data Grid): off by default; when on, loopback only and moved ---
        boolean hazelcast = Boolean.parseBoolean(opt("hazelcast", "false"));
        Element hzConfig = find(config, "hazelcast-config-specific-configuration", null, null);
        if (hzConfig == null) {
            hzConfig = doc.createElement("hazelcast-config-specific-configuration");
            config.insertBefore(hzConfig, child(config, "security-service"));
        }
        hzConfig.setAttribute("enabled", String.valueOf(hazelcast));
        Element hzRuntime = find(domain, "hazelcast-runtime-configuration", null, null);
        if (hzRuntime == null) {
            hzRuntime = doc.createElement("hazelcast-runtime-configuration");
            domain.insertBefore(hzRuntime, domain.getFirstChild());
        }
        hzRuntime.setAttribute("das-bind-address", address);
        hzRuntime.setAttribute("interface", address);
        hzRuntime.setAttribute("das-port", String.valueOf(4900 + off));
        hzRuntime.setAttribute("start-port", String.valueOf(5900 + off));
        // A cluster name of its own, so that two domains on one machine never join each other.
        hzRuntime.setAttribute("cluster-group-name", "otp-" + admin);

        // --- JVM: debugger address, OSGi telnet port, heap, temporary files ---
        Element java = child(config, "java-config");
        java.setAttribute("debug-options",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=" + address + ":" + (9009 + off));
        jvmOption(java, "-Dosgi.shell.telnet.port=", String.valueOf(6666 + off));
        jvmOption(java, "-Dosgi.shell.telnet.ip=", address);
        jvmOption(java, "-Xmx", opt("heap", "512m"));
        // Deployments are uploaded to java.io.tmpdir under the archive's name: a domain of its own keeps two
        // domains on one host from deploying each other's half-written archive.
        jvmOption(java, "-Djava.io.tmpdir=", "${com.sun.aas.instanceRoot}/tmp");
        // Answers name no product: the Server header and error pages would otherwise carry its name and version.
        jvmOption(java, "-Dproduct.name=", "");

        // --- the application's JDBC pool and resource (replaced as a whole) ---
        if (opts.containsKey("db-url")) {
            jdbc(domain, server);
        }

        // --- the application's mail session mail/otp (replaced as a whole) ---
        if (opts.containsKey("smtp-host")) {
            mail(domain, server);
        }

        // --- MicroProfile Config values as server system properties ---
        for (Map.Entry<String, String> p : props.entrySet()) {
            systemProperty(server, p.getKey(), p.getValue());
        }

        write();
    }

    private void jdbc(Element domain, Element server) {
        String pool = opt("pool-name", "otpPool");
        String jndi = opt("jndi-name", "jdbc/otp");
        String url = opts.get("db-url");
        String dsClass = opt("datasource-class",
                url.startsWith("jdbc:postgresql:") ? "org.postgresql.ds.PGSimpleDataSource" : "org.h2.jdbcx.JdbcDataSource");
        Element resources = child(domain, "resources");
        for (Element e : children(resources, "jdbc-resource")) {
            if (jndi.equals(e.getAttribute("jndi-name"))) {
                remove(e);
            }
        }
        for (Element e : children(resources, "jdbc-connection-pool")) {
            if (pool.equals(e.getAttribute("name"))) {
                remove(e);
            }
        }
        Element p = doc.createElement("jdbc-connection-pool");
        p.setAttribute("name", pool);
        p.setAttribute("datasource-classname", dsClass);
        p.setAttribute("res-type", "javax.sql.DataSource");
        // Hand out only connections that still work (a restarted database must not break the server).
        p.setAttribute("is-connection-validation-required", "true");
        p.setAttribute("connection-validation-method", "meta-data");
        p.setAttribute("fail-all-connections", "true");
        p.setAttribute("steady-pool-size", "2");
        p.setAttribute("max-pool-size", opt("max-pool-size", "32"));
        // H2's data source takes "URL", PostgreSQL's "url".
        property(p, dsClass.startsWith("org.h2.") ? "URL" : "url", url);
        if (opts.containsKey("db-user")) {
            property(p, "user", opts.get("db-user"));
            // Payara refuses a user without a password ("No password credential found"), even where
            // the database asks for none (PostgreSQL trust authentication).
            property(p, "password", opt("db-password", "unused"));
        }
        append(resources, p);
        Element r = doc.createElement("jdbc-resource");
        r.setAttribute("pool-name", pool);
        r.setAttribute("jndi-name", jndi);
        append(resources, r);
        if (find(server, "resource-ref", "ref", jndi) == null) {
            Element ref = doc.createElement("resource-ref");
            ref.setAttribute("ref", jndi);
            append(server, ref);
        }
    }

    private void mail(Element domain, Element server) {
        String jndi = opt("mail-jndi-name", "mail/otp");
        Element resources = child(domain, "resources");
        for (Element e : children(resources, "mail-resource")) {
            if (jndi.equals(e.getAttribute("jndi-name"))) {
                remove(e);
            }
        }
        Element m = doc.createElement("mail-resource");
        m.setAttribute("jndi-name", jndi);
        m.setAttribute("host", opts.get("smtp-host"));
        m.setAttribute("from", opt("mail-from", "otp@localhost"));
        m.setAttribute("user", opt("smtp-user", "otp"));
        property(m, "mail.smtp.port", opt("smtp-port", "25"));
        property(m, "mail.smtp.connectiontimeout", "10000");
        property(m, "mail.smtp.timeout", "10000");
        append(resources, m);
        if (find(server, "resource-ref", "ref", jndi) == null) {
            Element ref = doc.createElement("resource-ref");
            ref.setAttribute("ref", jndi);
            append(server, ref);
        }
    }

    /**
     * What a slow or idle client may hold on the application's listeners: the request threads are bounded, a
     * connection idles 30 s at most, a blocking read waits 10 s, a request runs 60 s, and a body left unread
     * is never swallowed (the connection closes). The application reads bodies without a thread (web.intake).
     * No Server or X-Powered-By header, and no h2c upgrade on plain HTTP.
     */
    private void slowClients(Element network, Element config) {
        Element protocols = child(network, "protocols");
        for (String name : List.of("http-listener-1", "http-listener-2")) {
            Element protocol = find(protocols, "protocol", "name", name);
            if (protocol == null) {
                throw new IllegalStateException("no protocol " + name + " in server-config");
            }
            Element http = child(protocol, "http");
            http.setAttribute("request-timeout-seconds", "60");
            http.setAttribute("timeout-seconds", "30");
            http.setAttribute("max-swallowing-input-bytes", "0");
            http.setAttribute("server-header", "false");
            http.setAttribute("xpowered-by", "false");
            http.setAttribute("http2-enabled", String.valueOf(name.equals("http-listener-2")));
        }
        for (Element transport : children(child(network, "transports"), "transport")) {
            transport.setAttribute("read-timeout-millis", "10000");
            transport.setAttribute("idle-key-timeout-seconds", "30");
        }
        Element pool = find(child(config, "thread-pools"), "thread-pool", "name", "http-thread-pool");
        if (pool == null) {
            throw new IllegalStateException("no thread-pool http-thread-pool in server-config");
        }
        pool.setAttribute("max-thread-pool-size", opt("http-threads", "64"));
    }

    /** The HTTPS listener presents the operator's key pair, not the one every Payara download shares. */
    private void tls(Element protocols) {
        Element protocol = find(protocols, "protocol", "name", "http-listener-2");
        if (protocol == null) {
            throw new IllegalStateException("no protocol http-listener-2 in server-config");
        }
        Element ssl = child(protocol, "ssl");
        ssl.setAttribute("key-store", opts.get("keystore"));
        ssl.setAttribute("key-store-type", opt("keystore-type", "PKCS12"));
        ssl.setAttribute("key-store-password", opt("keystore-password", ""));
        ssl.setAttribute("cert-nickname", opt("cert-alias", "otp-tls"));
    }

    private void listener(Element listeners, String name, String address, int port, boolean enabled) {
        Element l = find(listeners, "network-listener", "name", name);
        if (l == null) {
            throw new IllegalStateException("no network-listener " + name + " in server-config");
        }
        l.setAttribute("address", address);
        l.setAttribute("port", String.valueOf(port));
        l.setAttribute("enabled", String.valueOf(enabled));
    }

    private void jvmOption(Element java, String prefix, String value) {
        List<Element> matching = new ArrayList<>();
        for (Element o : children(java, "jvm-options")) {
            if (o.getTextContent().trim().startsWith(prefix)) {
                matching.add(o);
            }
        }
        matching.forEach(this::remove);
        Element o = doc.createElement("jvm-options");
        o.setTextContent(prefix + value);
        append(java, o);
    }

    private void systemProperty(Element parent, String name, String value) {
        Element p = find(parent, "system-property", "name", name);
        if (p == null) {
            p = doc.createElement("system-property");
            p.setAttribute("name", name);
            // Payara expects system properties ahead of the other children.
            Node first = firstElement(parent);
            parent.insertBefore(p, first);
            if (first != null && first.getPreviousSibling() == p && p.getPreviousSibling() != null
                    && p.getPreviousSibling().getNodeType() == Node.TEXT_NODE) {
                parent.insertBefore(doc.createTextNode(p.getPreviousSibling().getTextContent()), first);
            }
        }
        p.setAttribute("value", value);
    }

    private void property(Element parent, String name, String value) {
        Element p = doc.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        parent.appendChild(p);
    }

    private void write() throws Exception {
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        Path tmp = Files.createTempFile(file.getParentFile().toPath(), "domain", ".xml.tmp");
        t.transform(new DOMSource(doc), new StreamResult(tmp.toFile()));
        Files.move(tmp, file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // --- small DOM helpers ---

    private static Element only(Element root, String container, String name, String attr, String value) {
        Element e = find(child(root, container), name, attr, value);
        if (e == null) {
            throw new IllegalStateException("no <" + name + " " + attr + "=\"" + value + "\"> in domain.xml");
        }
        return e;
    }

    private static Element child(Element parent, String name) {
        Element e = find(parent, name, null, null);
        if (e == null) {
            throw new IllegalStateException("no <" + name + "> under <" + parent.getTagName() + ">");
        }
        return e;
    }

    private static Element find(Element parent, String name, String attr, String value) {
        for (Element e : children(parent, name)) {
            if (attr == null || value.equals(e.getAttribute(attr))) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                list.add((Element) n);
            }
        }
        return list;
    }

    private static Node firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return n;
            }
        }
        return null;
    }

    /** Appends as the last child element, on a line of its own with its siblings' indentation. */
    private void append(Element parent, Element e) {
        Node last = parent.getLastChild();
        if (last != null && last.getNodeType() == Node.TEXT_NODE && last.getTextContent().isBlank()) {
            String closing = last.getTextContent();
            String indent = closing + "    ";
            Node before = last.getPreviousSibling();
            if (before != null && before.getPreviousSibling() != null
                    && before.getPreviousSibling().getNodeType() == Node.TEXT_NODE) {
                indent = before.getPreviousSibling().getTextContent();
            }
            parent.insertBefore(doc.createTextNode(indent), last);
            parent.insertBefore(e, last);
        } else {
            parent.appendChild(e);
        }
    }

    private void remove(Element e) {
        Node prev = e.getPreviousSibling();
        if (prev != null && prev.getNodeType() == Node.TEXT_NODE && prev.getTextContent().isBlank()) {
            e.getParentNode().removeChild(prev);
        }
        e.getParentNode().removeChild(e);
    }
}

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;

/**
 * Readiness probe + warm-up for the local broker, used by infra/kafka/kafka.sh (compiled once into
 * the state folder; runs with the broker's own classpath, so kafka-clients is the broker's version).
 *
 * <p>Usage: Probe BOOTSTRAP TIMEOUT_SECONDS. Exit 0 once, through the real admin API: the cluster
 * has a live broker; the group coordinator answers (this also creates __consumer_offsets on a fresh
 * cluster); the transaction coordinator answers (creates __transaction_state). Without the warm-up
 * the first consumer group / idempotent producer of a test pays for the internal topic creation and
 * kafkajs logs retriable errors (COORDINATOR_NOT_AVAILABLE, COORDINATOR_LOAD_IN_PROGRESS).
 */
public final class Probe {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    long deadline = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000L;
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "infra-probe");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    props.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "200");
    Exception last = null;
    try (Admin admin = Admin.create(props)) {
      while (System.currentTimeMillis() < deadline) {
        try {
          var nodes = admin.describeCluster().nodes().get();
          if (nodes.isEmpty()) throw new IllegalStateException("no live brokers in metadata");
          admin.listConsumerGroupOffsets("__infra_probe").partitionsToOffsetAndMetadata().get();
          try {
            admin.describeTransactions(List.of("__infra_probe")).all().get();
          } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TransactionalIdNotFoundException)) throw e;
          }
          StringBuilder sb = new StringBuilder();
          for (Node n : nodes) sb.append(n.host()).append(':').append(n.port()).append(' ');
          System.out.println("probe ok: brokers " + sb.toString().trim());
          return;
        } catch (Exception e) {
          last = e;
          Thread.sleep(300);
        }
      }
    }
    System.out.println("probe failed: " + last);
    System.exit(1);
  }
}

package ir.daftar.api.scale;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares the streaming event processors' segments (pooled ones, and case-status, a tracking one) among the
 * instances on one database. Axon's JDBC token
 * store already guarantees that a segment is processed by one instance at a time and that the segments
 * of a dead instance are claimed by the others once its claims time out; what it does not do is split
 * the work: the first instance to start claims every segment. So each instance says it is alive in
 * {@code processing_node}, and an instance that owns more than its fair share of a processor's segments
 * (segments / live instances, rounded up) releases the excess for a while (Axon's
 * {@code releaseSegment}), and another instance's coordinator claims them. When an instance dies, its
 * heartbeat ages, the fair share of the others grows, and their coordinators (a tracking processor's
 * threads) take its segments as soon as the claims expire.
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final ScaleOutProperties properties;
    private final Duration liveness;
    private final Clock clock = Clock.systemUTC();

    public SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, ScaleOutProperties properties,
                           TokenStoreProperties tokens) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.properties = properties;
        // an instance is alive while its heartbeat is younger than a claim: the same rule as for its segments
        this.liveness = tokens.getClaimTimeout().compareTo(properties.balanceInterval().multipliedBy(2)) > 0
                ? tokens.getClaimTimeout() : properties.balanceInterval().multipliedBy(2);
    }

    public String nodeId() {
        return properties.nodeId();
    }

    @Scheduled(initialDelayString = "${daftar.scale.balance-interval:PT5S}", fixedDelayString = "${daftar.scale.balance-interval:PT5S}")
    void run() {
        try {
            heartbeat();
            if (properties.balance()) {
                balance();
            }
        } catch (RuntimeException e) {
            log.warn("segment balancing round failed: {}", e.toString());
        }
    }

    void heartbeat() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (jdbc.update("UPDATE processing_node SET seen_at = ? WHERE node_id = ?", now, nodeId()) == 0) {
            try {
                jdbc.update("INSERT INTO processing_node (node_id, seen_at) VALUES (?, ?)", nodeId(), now);
            } catch (DuplicateKeyException raced) {
                jdbc.update("UPDATE processing_node SET seen_at = ? WHERE node_id = ?", now, nodeId());
            }
        }
    }

    /** The instances that said they were alive within a claim timeout, this one included. */
    public int liveNodes() {
        Instant cutoff = clock.instant().minus(liveness);
        Integer others = jdbc.queryForObject("SELECT count(*) FROM processing_node WHERE seen_at > ? AND node_id <> ?",
                Integer.class, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), nodeId());
        return 1 + (others == null ? 0 : others);
    }

    /** Releases, per processor, the segments this instance holds above its fair share. Returns how many. */
    int balance() {
        int live = liveNodes();
        int released = 0;
        for (EventProcessor p : processing.eventProcessors().values()) {
            if (!(p instanceof StreamingEventProcessor processor) || !processor.isRunning()) {
                continue;
            }
            Integer segments = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                    Integer.class, processor.getName());
            if (segments == null || segments < 2) {
                continue;
            }
            int share = (segments + live - 1) / live;
            List<Integer> owned = new ArrayList<>(processor.processingStatus().keySet());
            owned.sort(Comparator.reverseOrder());
            for (int i = 0; i < owned.size() - share; i++) {
                log.info("{}: releasing segment {} of {} ({} segments, {} live instances, fair share {})", nodeId(),
                        owned.get(i), processor.getName(), segments, live, share);
                processor.releaseSegment(owned.get(i));
                released++;
            }
        }
        return released;
    }

    /** A clean shutdown leaves at once; the processors release their claims themselves. */
    @jakarta.annotation.PreDestroy
    void leave() {
        try {
            jdbc.update("DELETE FROM processing_node WHERE node_id = ?", nodeId());
        } catch (RuntimeException e) {
            log.debug("could not remove {} from processing_node: {}", nodeId(), e.toString());
        }
    }
}

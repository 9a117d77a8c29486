package ir.daftar.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuClockTest {

    @Test
    void cpu_per_operation_and_cores_come_from_two_samples() {
        CpuClock.Sample from = new CpuClock.Sample(10_000, 1_000_000_000L, 500_000_000L, 100_000_000L);
        // 2 s later: the app used 3 s of CPU, PostgreSQL 1 s, the generator 0.2 s, for 1,000 operations
        CpuClock.Sample to = new CpuClock.Sample(12_000, 4_000_000_000L, 1_500_000_000L, 300_000_000L);

        Map<String, Object> m = CpuClock.perOperation(from, to, 1_000);

        assertThat(m).containsEntry("appCpuMsPerOperation", 3.0).containsEntry("postgresCpuMsPerOperation", 1.0)
                .containsEntry("appCores", 1.5).containsEntry("postgresCores", 0.5).containsEntry("generatorCores", 0.1);
    }

    @Test
    void a_window_is_read_from_the_samples_inside_it_and_scaled_to_the_operations_they_span() throws Exception {
        CpuClock clock = CpuClock.start();
        long start = System.currentTimeMillis();
        Thread.sleep(450);
        long end = System.currentTimeMillis();
        clock.stop();

        Map<String, Object> m = clock.perOperation(start, end, 1_000);

        assertThat(m).containsKeys("appCpuMsPerOperation", "postgresCpuMsPerOperation", "appCores");
        assertThat((Double) m.get("appCpuMsPerOperation")).isGreaterThan(0.0);
        assertThat(clock.perOperation(end + 10_000, end + 20_000, 1_000)).isEmpty();
    }

    @Test
    void postgresql_backends_of_other_databases_are_told_apart_from_the_benchmarks() {
        assertThat(CpuClock.isBackendOf("postgres: 15/main: postgres daftar_test 127.0.0.1(43524) idle", "daftar_test")).isTrue();
        assertThat(CpuClock.isBackendOf("postgres: 15/main: postgres other 127.0.0.1(43528) idle", "daftar_test")).isFalse();
        assertThat(CpuClock.isBackendOf("postgres: 15/main: walwriter ", "daftar_test")).isFalse();
    }
}

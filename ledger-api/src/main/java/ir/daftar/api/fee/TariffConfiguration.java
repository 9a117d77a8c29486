package ir.daftar.api.fee;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.config.json.LedgerJson;
import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffs;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Court-fee tariffs are data: the JSON files shipped under {@code tariffs/} plus any in the
 * directory {@code daftar.tariffs.location}. A new year's tariff is data, never code. Since ADR 0921 (revisited)
 * these files are the tariffs shipped with the application, recorded as approved on the tariffs' trail at start
 * ({@link ShippedTariffImport}); the ledger uses only the approved tariffs ({@link ApprovedCourtFeeTariffs}).
 */
@Configuration(proxyBeanMethods = false)
class TariffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TariffConfiguration.class);

    /** The tariff files shipped (and configured), each with its file name. */
    record ShippedTariffs(List<CourtFeeTariff> tariffs, List<String> sources) {
    }

    @Bean
    ShippedTariffs shippedTariffs(@Value("${daftar.tariffs.location:}") String location, LedgerJson json) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath*:tariffs/*.json")));
        if (location != null && !location.isBlank()) {
            files.addAll(List.of(resolver.getResources("file:" + location.replaceAll("/+$", "") + "/*.json")));
        }
        ObjectMapper mapper = json.mapper();
        List<CourtFeeTariff> tariffs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                tariffs.add(mapper.readValue(in, CourtFeeTariff.class));
                sources.add(file.getFilename());
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("court-fee tariff " + file.getFilename() + " is invalid: " + e.getMessage(), e);
            }
        }
        CourtFeeTariffs all = CourtFeeTariffs.of(tariffs); // refuses two files of one version
        all.all().forEach(t -> log.info("court-fee tariff {} shipped, in force from {}", t.version(), t.effectiveFrom()));
        return new ShippedTariffs(List.copyOf(tariffs), List.copyOf(sources));
    }
}

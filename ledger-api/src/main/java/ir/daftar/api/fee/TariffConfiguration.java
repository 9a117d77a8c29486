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
 * directory {@code daftar.tariffs.location}. A new year's tariff is a new file, never code.
 */
@Configuration(proxyBeanMethods = false)
class TariffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TariffConfiguration.class);

    @Bean
    CourtFeeTariffs courtFeeTariffs(@Value("${daftar.tariffs.location:}") String location, LedgerJson json) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath*:tariffs/*.json")));
        if (location != null && !location.isBlank()) {
            files.addAll(List.of(resolver.getResources("file:" + location.replaceAll("/+$", "") + "/*.json")));
        }
        ObjectMapper mapper = json.mapper();
        List<CourtFeeTariff> tariffs = new ArrayList<>();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                tariffs.add(mapper.readValue(in, CourtFeeTariff.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("court-fee tariff " + file.getFilename() + " is invalid: " + e.getMessage(), e);
            }
        }
        CourtFeeTariffs all = CourtFeeTariffs.of(tariffs);
        all.all().forEach(t -> log.info("court-fee tariff {} in force from {}", t.version(), t.effectiveFrom()));
        return all;
    }
}

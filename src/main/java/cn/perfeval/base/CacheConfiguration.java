package cn.perfeval.base;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Local caches of the look-ups read on every request (departments, the departments a user may
 * see, users by role, scoring frameworks, the rounds' due dates). Each node keeps its own: the
 * node that makes a change empties them in its transaction and again when it ends
 * ({@link LookupCaches#changed}); the other
 * nodes see the change when their entries expire, {@code perfeval.cache.time-to-live} (45 s
 * unless set) after they were read. Caches are made on first use, each bounded in size.
 */
@Configuration
@EnableCaching
class CacheConfiguration {

    @Bean
    LookupCaches cacheManager(@Value("${perfeval.cache.time-to-live:45s}") Duration timeToLive) {
        CaffeineCacheManager caches = new CaffeineCacheManager();
        caches.setCaffeine(Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000));
        return new LookupCaches(caches);
    }
}

package cn.perfeval.base;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The local caches of the look-ups read on every request, around Caffeine caches that expire
 * their entries (see {@link CacheConfiguration}). A change empties its caches with
 * {@link #changed(String...)} inside its own transaction: at once, so that the transaction itself
 * reads what it is changing from the database (its caches are passed by for the rest of it), and
 * again when the transaction ends, so that nothing read by others meanwhile outlives the change.
 */
public class LookupCaches implements CacheManager {

    private final CacheManager delegate;
    private final Map<String, Cache> caches = new ConcurrentHashMap<>();

    LookupCaches(CacheManager delegate) {
        this.delegate = delegate;
    }

    /** Empties the named caches now and once more when the current transaction ends. */
    public void changed(String... names) {
        for (String name : names) {
            Cache cache = getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }

    @Override
    public Cache getCache(String name) {
        return caches.computeIfAbsent(name, n -> {
            Cache cache = delegate.getCache(n);
            return cache == null ? null : new TransactionScoped(cache);
        });
    }

    @Override
    public Collection<String> getCacheNames() {
        return delegate.getCacheNames();
    }

    /** A cache that a transaction which changed its data passes by, and empties again at its end. */
    private static final class TransactionScoped implements Cache {

        private final Cache cache;
        private final Object changedMark = new Object();

        TransactionScoped(Cache cache) {
            this.cache = cache;
        }

        private boolean changedHere() {
            return TransactionSynchronizationManager.isSynchronizationActive()
                    && TransactionSynchronizationManager.hasResource(changedMark);
        }

        @Override
        public String getName() {
            return cache.getName();
        }

        @Override
        public Object getNativeCache() {
            return cache.getNativeCache();
        }

        @Override
        public ValueWrapper get(Object key) {
            return changedHere() ? null : cache.get(key);
        }

        @Override
        public <T> T get(Object key, Class<T> type) {
            return changedHere() ? null : cache.get(key, type);
        }

        @Override
        public <T> T get(Object key, Callable<T> valueLoader) {
            if (changedHere()) {
                try {
                    return valueLoader.call();
                } catch (Exception e) {
                    throw new ValueRetrievalException(key, valueLoader, e);
                }
            }
            return cache.get(key, valueLoader);
        }

        @Override
        public void put(Object key, Object value) {
            if (!changedHere()) {
                cache.put(key, value);
            }
        }

        @Override
        public void evict(Object key) {
            clear();
        }

        @Override
        public void clear() {
            cache.clear();
            if (TransactionSynchronizationManager.isSynchronizationActive() && !changedHere()) {
                TransactionSynchronizationManager.bindResource(changedMark, Boolean.TRUE);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(changedMark);
                        cache.clear();
                    }
                });
            }
        }
    }
}

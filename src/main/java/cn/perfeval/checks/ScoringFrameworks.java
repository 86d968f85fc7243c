package cn.perfeval.checks;

import cn.perfeval.base.LookupCaches;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.ReportDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scoring frameworks (绩效评价指标体系), kept as data: administrators load and edit their JSON
 * definitions; the templates shipped under {@code classpath:frameworks/} are loaded into an empty
 * database on first start.
 */
@Service
@Transactional
public class ScoringFrameworks {

    private static final Logger log = LoggerFactory.getLogger(ScoringFrameworks.class);

    /** A framework's key: lower-case ASCII letters, digits and hyphens, as settings can carry it. */
    static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    static final String FRAMEWORKS = "frameworks";

    private final LookupCaches caches;
    private final StoredFrameworkRepository frameworks;
    private final JsonMapper json;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ScoringFrameworks(StoredFrameworkRepository frameworks, JsonMapper json, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events, LookupCaches caches) {
        this.caches = caches;
        this.frameworks = frameworks;
        this.json = json;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FrameworkSummary> list() {
        return frameworks.findAll().stream().map(this::summary)
                .sorted(Comparator.comparing(FrameworkSummary::name)).toList();
    }

    /**
     * Every stored framework as an empty scoring table (拟自评分表): its items with their max points,
     * explanations and standards, its deduction items, no scores. A drafter fills a report's
     * scoring table from one of these.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportDocument.Scoring> templates() {
        return frameworks.findAll().stream().map(f -> template(framework(f)))
                .sorted(Comparator.comparing(ReportDocument.Scoring::framework)).toList();
    }

    /** Every stored framework as the checks read it. */
    @Transactional(readOnly = true)
    List<Framework> all() {
        return frameworks.findAll().stream().map(this::framework).toList();
    }

    static ReportDocument.Scoring template(Framework f) {
        List<ReportDocument.ScoringItem> items = f.items() == null ? List.of() : f.items().stream()
                .map(i -> new ReportDocument.ScoringItem(i.path() == null ? List.of() : List.copyOf(i.path()),
                        i.maxPoints(), null, i.explanation(), i.standard()))
                .toList();
        List<ReportDocument.Deduction> deductions = f.deductions() == null ? List.of() : f.deductions().stream()
                .map(d -> new ReportDocument.Deduction(d.name(), d.maxPoints(), null))
                .toList();
        return new ReportDocument.Scoring(f.name(), items, deductions, null, null);
    }

    /** The JSON definition of a framework, for editing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String definition(String name) {
        return frameworks.findByName(name).map(StoredFramework::getDefinition)
                .orElseThrow(() -> new NotFoundException("error.framework.not-found", name));
    }

    /**
     * Loads a new framework or replaces the one of the same name. The definition must parse and
     * be consistent (points adding up, grades ordered); otherwise every problem is listed and
     * nothing changes.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public FrameworkSummary save(String definition) {
        caches.changed(FRAMEWORKS);
        UserScope user = currentUser.require();
        return store(definition, user.username());
    }

    /**
     * The stored framework of that name or key ({@code national-project-2020}), if any; cached,
     * the cache emptied by every save (see base.CacheConfiguration).
     */
    @Transactional(readOnly = true)
    @Cacheable(FRAMEWORKS)
    Optional<Framework> find(String nameOrKey) {
        if (nameOrKey == null || nameOrKey.isBlank()) {
            return Optional.empty();
        }
        String wanted = nameOrKey.strip();
        return frameworks.findByName(wanted).or(() -> frameworks.findByKey(wanted)).map(this::framework);
    }

    /**
     * Loads every template shipped under {@code classpath:frameworks/} that is not stored yet (by
     * name or key): a new database gets them all, an older one the templates added since. A stored
     * framework, perhaps edited by an administrator, is never replaced.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadTemplates() throws IOException {
        caches.changed(FRAMEWORKS);
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:frameworks/*.json");
        int loaded = 0;
        for (Resource template : templates) {
            try (InputStream in = template.getInputStream()) {
                String definition = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Framework framework = parse(definition);
                boolean stored = frameworks.findByName(framework.name()).isPresent()
                        || (framework.key() != null && frameworks.findByKey(framework.key()).isPresent());
                if (!stored) {
                    store(definition, "system");
                    loaded++;
                }
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} scoring framework templates", loaded);
        }
    }

    private FrameworkSummary store(String definition, String user) {
        Framework framework = validate(definition);
        StoredFramework stored = frameworks.findByName(framework.name())
                .orElseGet(() -> new StoredFramework(framework.name()));
        if (framework.key() != null) {
            frameworks.findByKey(framework.key()).filter(other -> !other.getName().equals(framework.name()))
                    .ifPresent(other -> {
                        throw new InvalidInputException(List.of(FieldProblem.of("key", "error.framework.key-taken",
                                framework.key(), other.getName())));
                    });
        }
        stored.define(definition, framework.key(), user, clock.instant());
        FrameworkSummary saved = summary(frameworks.saveAndFlush(stored));
        events.publishEvent(new FrameworkSaved(saved.name(), user));
        return saved;
    }

    private Framework validate(String definition) {
        Framework f;
        try {
            f = parse(definition);
        } catch (JacksonException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("definition", "error.framework.unreadable",
                    e.getOriginalMessage())));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            problems.add(FieldProblem.of("name", "doc.required"));
        }
        if (f.key() != null && !f.key().matches(KEY_PATTERN)) {
            problems.add(FieldProblem.of("key", "error.framework.key-format", f.key()));
        }
        if (f.totalPoints() == null || f.totalPoints().signum() <= 0) {
            problems.add(FieldProblem.of("totalPoints", "error.framework.points-positive"));
        }
        if (f.items() == null || f.items().isEmpty()) {
            problems.add(FieldProblem.of("items", "doc.required"));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < f.items().size(); i++) {
                Framework.Item item = f.items().get(i);
                if (item.path() == null || item.path().isEmpty()) {
                    problems.add(FieldProblem.of("items[" + i + "].path", "doc.required"));
                }
                if (item.maxPoints() == null || item.maxPoints().signum() <= 0) {
                    problems.add(FieldProblem.of("items[" + i + "].maxPoints", "error.framework.points-positive"));
                } else {
                    sum = sum.add(item.maxPoints());
                }
                Framework.TargetAchievement achievement = item.targetAchievement();
                if (achievement != null && (achievement.level2() == null || achievement.level2().isBlank())) {
                    problems.add(FieldProblem.of("items[" + i + "].targetAchievement.level2", "doc.required"));
                }
            }
            if (f.totalPoints() != null && sum.compareTo(f.totalPoints()) != 0) {
                problems.add(FieldProblem.of("items", "error.framework.points-sum", sum.toPlainString(),
                        f.totalPoints().toPlainString()));
            }
        }
        if (f.grades() == null || f.grades().isEmpty()) {
            problems.add(FieldProblem.of("grades", "doc.required"));
        } else {
            for (int i = 0; i < f.grades().size(); i++) {
                Framework.GradeBand band = f.grades().get(i);
                if (band.label() == null || band.label().isBlank() || band.minimum() == null) {
                    problems.add(FieldProblem.of("grades[" + i + "]", "doc.required"));
                } else if (i > 0 && f.grades().get(i - 1).minimum() != null
                        && band.minimum().compareTo(f.grades().get(i - 1).minimum()) >= 0) {
                    problems.add(FieldProblem.of("grades[" + i + "].minimum", "error.framework.grades-order"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return f;
    }

    private Framework parse(String definition) {
        return json.readValue(definition, Framework.class);
    }

    /** The stored framework with its key from the database where its definition names none. */
    private Framework framework(StoredFramework stored) {
        Framework f = parse(stored.getDefinition());
        if (f.key() != null || stored.getKey() == null) {
            return f;
        }
        return new Framework(f.name(), f.totalPoints(), f.items(), f.deductions(), f.grades(), f.qualitativeBands(),
                f.lessThanRule(), stored.getKey(), f.source(), f.indicatorLevels());
    }

    private FrameworkSummary summary(StoredFramework stored) {
        Framework f = parse(stored.getDefinition());
        return new FrameworkSummary(f.name(), f.totalPoints(), f.items() == null ? 0 : f.items().size(),
                stored.getUpdatedAt(), stored.getUpdatedBy(), stored.getKey());
    }
}

package cn.perfeval.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.spring.boot.ProcessEngineConfigurationConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's settings of the portal: its time is the application's clock, and new tasks get
 * their due dates ({@link DeadlineListener}, {@link DeclarationDeadlines}). The delegates of the deadline timers.
 */
@Configuration
@EnableConfigurationProperties(DeadlineProperties.class)
class WorkflowConfiguration {

    @Bean
    ProcessEngineConfigurationConfigurer deadlinesAndClock(Clock clock, DeadlineListener deadlines,
            DeclarationDeadlines declarationDeadlines) {
        return engine -> {
            engine.setClock(new EngineClock(clock));
            Map<String, List<FlowableEventListener>> typed = engine.getTypedEventListeners() == null
                    ? new HashMap<>() : new HashMap<>(engine.getTypedEventListeners());
            List<FlowableEventListener> onCreate = new ArrayList<>(
                    typed.getOrDefault(FlowableEngineEventType.TASK_CREATED.name(), List.of()));
            onCreate.add(deadlines);
            onCreate.add(declarationDeadlines);
            typed.put(FlowableEngineEventType.TASK_CREATED.name(), onCreate);
            engine.setTypedEventListeners(typed);
        };
    }

    /** The reminder timers' delegate ({@code remindOfDeadline}). */
    @Bean
    JavaDelegate stepReminder(ApplicationEventPublisher publisher) {
        return new DeadlineNotice(false, publisher);
    }

    /** The overdue timers' delegate of the declaration route ({@code flagDeclarationOverdue}). */
    @Bean
    JavaDelegate declarationOverdue(ApplicationEventPublisher publisher) {
        return new DeclarationDeadlines.Notice(publisher);
    }

    /** The overdue timers' delegate ({@code flagOverdue}). */
    @Bean
    JavaDelegate stepOverdue(ApplicationEventPublisher publisher) {
        return new DeadlineNotice(true, publisher);
    }
}

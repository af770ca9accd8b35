package com.chainleads.base.db;

import com.chainleads.Application;
import java.lang.reflect.Method;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Retries a service call whose transaction the database rolled back to break a deadlock (or after a lock wait
 * timed out): MySQL picks a victim when two transactions wait for each other, and running the victim again
 * is the documented remedy. Applies to the public methods of our {@code @Service} classes, outside their
 * transaction (after method security) and only at the outermost call, so a retry repeats one whole
 * transaction — whose audit entries were rolled back with it — never half of one. After {@value #ATTEMPTS}
 * attempts the failure reaches the user as "busy, nothing saved" ({@code ErrorMessages}).
 */
@Component
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class DeadlockRetry extends AbstractPointcutAdvisor {

    static final int ATTEMPTS = 5;
    /** Our own classes: those in the application's package and below. */
    private static final String OWN_PACKAGE = Application.class.getPackageName() + ".";

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    private final StaticMethodMatcherPointcut pointcut = new StaticMethodMatcherPointcut() {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return targetClass.getName().startsWith(OWN_PACKAGE)
                    && targetClass.isAnnotationPresent(Service.class)
                    && java.lang.reflect.Modifier.isPublic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class;
        }
    };

    DeadlockRetry() {
        // after method security, before the transaction: the transaction advisor has the lowest precedence
        setOrder(Ordered.LOWEST_PRECEDENCE - 100);
    }

    @Override
    public StaticMethodMatcherPointcut getPointcut() {
        return pointcut;
    }

    @Override
    public MethodInterceptor getAdvice() {
        return DeadlockRetry::invoke;
    }

    private static Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed(); // inside a caller's transaction: that caller retries, if anyone
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return proxied.invocableClone().proceed();
            } catch (PessimisticLockingFailureException lockFailure) {
                if (attempt >= ATTEMPTS) {
                    log.warn("{} failed after {} attempts: {}", describe(invocation), attempt, lockFailure.toString());
                    throw lockFailure;
                }
                log.info(
                        "{} rolled back by the database ({}), attempt {} of {}",
                        describe(invocation),
                        lockFailure.getClass().getSimpleName(),
                        attempt,
                        ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** A short random pause, longer after each failure, so the transactions do not collide again at once. */
    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40) * attempt);
    }

    private static String describe(MethodInvocation invocation) {
        Method method = invocation.getMethod();
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}

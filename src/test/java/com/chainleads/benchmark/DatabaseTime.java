package com.chainleads.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's {@link DataSource} so the benchmark can tell the time spent in the database from the
 * time spent in the service, and can replay the exact statements of a case against the naive baseline table.
 * Per thread: the nanoseconds inside {@code execute*} calls, and (when recording) each statement with its
 * parameters.
 */
final class DatabaseTime implements BeanPostProcessor {

    /** A statement as the application sent it: SQL text and the parameter values by index. */
    record Captured(String sql, TreeMap<Integer, Object> parameters) {}

    private static final ThreadLocal<long[]> NANOS = ThreadLocal.withInitial(() -> new long[1]);
    private static final ThreadLocal<List<Captured>> RECORDING = new ThreadLocal<>();

    static void reset() {
        NANOS.get()[0] = 0;
    }

    static long nanos() {
        return NANOS.get()[0];
    }

    /** Runs the work and returns the statements it sent on this thread. */
    static List<Captured> record(Runnable work) {
        List<Captured> captured = new ArrayList<>();
        RECORDING.set(captured);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return captured;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? timedConnection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection timedConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof CallableStatement statement) {
                return timedStatement(CallableStatement.class, statement, sqlOf(args));
            }
            if (result instanceof PreparedStatement statement) {
                return timedStatement(PreparedStatement.class, statement, sqlOf(args));
            }
            if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
                return timedStatement(Statement.class, statement, null);
            }
            return result;
        });
    }

    private static String sqlOf(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
    }

    private static <S extends Statement> S timedStatement(Class<S> type, S statement, String preparedSql) {
        TreeMap<Integer, Object> parameters = new TreeMap<>();
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            }
            if (!name.startsWith("execute")) {
                return invoke(target, method, args);
            }
            List<Captured> recording = RECORDING.get();
            if (recording != null) {
                String sql = preparedSql != null ? preparedSql : sqlOf(args);
                if (sql != null) {
                    recording.add(new Captured(sql, new TreeMap<>(parameters)));
                }
            }
            long start = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                NANOS.get()[0] += System.nanoTime() - start;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (self, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(self)
                    && !wanted.isInstance(target)) {
                return self;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(DatabaseTime.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}

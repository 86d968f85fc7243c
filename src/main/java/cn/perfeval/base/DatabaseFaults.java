package cn.perfeval.base;

import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that cannot be reached or did not answer in time from other faults (decision 0026). */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    /**
     * Whether {@code e} or one of its causes says that the database cannot be reached or did not
     * answer in time. That includes an SQL state of class {@code 08} (connection exception, such as
     * the driver's lost link, {@code 08S01}) and a rollback that failed: a transaction whose
     * connection died meanwhile fails so when it is rolled back (the pool has closed the connection),
     * and that failure replaces the lost link as the request's exception.
     */
    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof java.sql.SQLTimeoutException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")
                    || t instanceof org.hibernate.TransactionException && t.getMessage() != null
                            && t.getMessage().startsWith("Unable to rollback")
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

}

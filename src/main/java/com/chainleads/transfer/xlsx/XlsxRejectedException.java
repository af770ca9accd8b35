package com.chainleads.transfer.xlsx;

import com.chainleads.transfer.cell.Problem;

/**
 * A whole file was refused — not an .xlsx, damaged, a zip bomb, too large, missing a required column … —
 * with a translatable reason. Nothing of it was applied.
 */
public class XlsxRejectedException extends RuntimeException {

    private final transient Problem problem;

    public XlsxRejectedException(Problem problem) {
        this(problem, null);
    }

    public XlsxRejectedException(Problem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public static XlsxRejectedException of(String key, Object... args) {
        return new XlsxRejectedException(Problem.of(key, args));
    }

    public Problem problem() {
        return problem;
    }
}

package io.cloudimages.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults a fake cloud will inject, by rule: the next request, the N-th request from now, the
 * next K requests, a share of requests, or every request; for every action or one action. The
 * first rule that applies to a request wins.
 *
 * <pre>{@code
 * fake.faults().forAction("ImportImage").next(Fault.dropAfterProcessing());
 * fake.faults().share(0.2, 42, Fault.status(503));
 * }</pre>
 */
public final class FaultPlan {

    private final Object lock;
    private final List<Rule> rules;
    private final String action;

    FaultPlan() {
        this(new Object(), new ArrayList<>(), null);
    }

    private FaultPlan(Object lock, List<Rule> rules, String action) {
        this.lock = lock;
        this.rules = rules;
        this.action = action;
    }

    /** The same plan, with new rules applying to one action only. */
    public FaultPlan forAction(String action) {
        return new FaultPlan(lock, rules, action);
    }

    /** The next request fails. */
    public FaultPlan next(Fault fault) {
        return nth(1, fault);
    }

    /** The n-th request from now fails (1 is the next one); the ones before it pass. */
    public FaultPlan nth(int n, Fault fault) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1, got " + n);
        }
        return add(new Rule(action, fault, n - 1, 1, 1.0, null));
    }

    /** Every request from the n-th from now on fails (1 is the next one). */
    public FaultPlan from(int n, Fault fault) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1, got " + n);
        }
        return add(new Rule(action, fault, n - 1, Integer.MAX_VALUE, 1.0, null));
    }

    /** The next k requests fail. */
    public FaultPlan times(int k, Fault fault) {
        return add(new Rule(action, fault, 0, k, 1.0, null));
    }

    /** Each request fails with this probability, drawn from a seeded generator so runs repeat. */
    public FaultPlan share(double probability, long seed, Fault fault) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("a probability is between 0 and 1, got " + probability);
        }
        return add(new Rule(action, fault, 0, Integer.MAX_VALUE, probability, new Random(seed)));
    }

    /** Every request fails until the plan is cleared. */
    public FaultPlan always(Fault fault) {
        return add(new Rule(action, fault, 0, Integer.MAX_VALUE, 1.0, null));
    }

    /** Removes every rule. */
    public void clear() {
        synchronized (lock) {
            rules.clear();
        }
    }

    private FaultPlan add(Rule rule) {
        synchronized (lock) {
            rules.add(rule);
        }
        return this;
    }

    /**
     * The fault for a request that just arrived, if any. Every rule that applies to the request
     * counts it, so "the n-th request from now" means the same whatever other rules do.
     */
    Optional<Fault> decide(String requestAction) {
        synchronized (lock) {
            Fault chosen = null;
            for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
                Rule rule = it.next();
                if (rule.action != null && !rule.action.equals(requestAction)) {
                    continue;
                }
                if (rule.skip > 0) {
                    rule.skip--;
                    continue;
                }
                if (chosen != null || (rule.random != null && rule.random.nextDouble() >= rule.probability)) {
                    continue;
                }
                chosen = rule.fault;
                if (--rule.remaining <= 0) {
                    it.remove();
                }
            }
            return Optional.ofNullable(chosen);
        }
    }

    private static final class Rule {
        final String action;
        final Fault fault;
        int skip;
        int remaining;
        final double probability;
        final Random random;

        Rule(String action, Fault fault, int skip, int remaining, double probability, Random random) {
            this.action = action;
            this.fault = fault;
            this.skip = skip;
            this.remaining = remaining;
            this.probability = probability;
            this.random = random;
        }
    }
}

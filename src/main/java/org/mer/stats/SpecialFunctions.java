package org.mer.stats;

/**
 * Log-gamma, regularised incomplete beta and gamma functions in double precision, after
 * Numerical Recipes (Press et al., 3rd ed. 2007, §6.1, §6.2, §6.4): Lanczos log-gamma (g = 7,
 * 9 terms, relative error about 1e-15), series and modified-Lentz continued fractions to
 * relative 1e-15. Stateless.
 */
final class SpecialFunctions {
	private static final double EPS = 1e-15, TINY = 1e-300;
	private static final int MAX_ITERATIONS = 10_000;
	private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
		771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
		1.5056327351493116e-7 };

	private SpecialFunctions() {}

	/** ln Gamma(x) for x &gt; 0. */
	static double logGamma(double x) {
		if (!(x > 0)) throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
		if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
		double y = x - 1, a = LANCZOS[0], t = y + 7.5;
		for (int i = 1; i < LANCZOS.length; i++)
			a += LANCZOS[i] / (y + i);
		return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
	}

	/** Regularised incomplete beta I_x(a, b), a, b &gt; 0, x in [0, 1]. */
	static double regularizedBeta(double x, double a, double b) {
		if (!(a > 0 && b > 0)) throw new IllegalArgumentException("incomplete beta needs a, b > 0");
		if (x <= 0) return 0;
		if (x >= 1) return 1;
		double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
		if (x < (a + 1) / (a + b + 2)) return front * betaFraction(x, a, b) / a;
		return 1 - front * betaFraction(1 - x, b, a) / b;
	}

	private static double betaFraction(double x, double a, double b) {
		double qab = a + b, qap = a + 1, qam = a - 1;
		double c = 1, d = nonZero(1 - qab * x / qap);
		d = 1 / d;
		double h = d;
		for (int m = 1; m <= MAX_ITERATIONS; m++) {
			int m2 = 2 * m;
			double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
			d = 1 / nonZero(1 + aa * d);
			c = nonZero(1 + aa / c);
			h *= d * c;
			aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
			d = 1 / nonZero(1 + aa * d);
			c = nonZero(1 + aa / c);
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < EPS) return h;
		}
		throw new ArithmeticException("incomplete beta did not converge for x=" + x + ", a=" + a + ", b=" + b);
	}

	/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), a &gt; 0, x &gt;= 0. */
	static double regularizedGammaQ(double a, double x) {
		if (!(a > 0) || x < 0) throw new IllegalArgumentException("incomplete gamma needs a > 0 and x >= 0");
		if (x == 0) return 1;
		if (x < a + 1) return 1 - gammaSeries(a, x);
		return gammaFraction(a, x);
	}

	/** Regularised lower incomplete gamma P(a, x). */
	static double regularizedGammaP(double a, double x) {
		if (!(a > 0) || x < 0) throw new IllegalArgumentException("incomplete gamma needs a > 0 and x >= 0");
		if (x == 0) return 0;
		if (x < a + 1) return gammaSeries(a, x);
		return 1 - gammaFraction(a, x);
	}

	private static double gammaSeries(double a, double x) {
		double ap = a, sum = 1 / a, del = sum;
		for (int n = 0; n < MAX_ITERATIONS; n++) {
			ap++;
			del *= x / ap;
			sum += del;
			if (Math.abs(del) < Math.abs(sum) * EPS) return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
		}
		throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
	}

	private static double gammaFraction(double a, double x) {
		double b = x + 1 - a, c = 1 / TINY, d = 1 / b, h = d;
		for (int i = 1; i <= MAX_ITERATIONS; i++) {
			double an = -i * (i - a);
			b += 2;
			d = 1 / nonZero(an * d + b);
			c = nonZero(b + an / c);
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < EPS) return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
		}
		throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a + ", x=" + x);
	}

	private static double nonZero(double v) {
		return Math.abs(v) < TINY ? TINY : v;
	}
}

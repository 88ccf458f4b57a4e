# statistics: averages, spread, quantiles, NormalDist, correlation/regression, errors.
import statistics as st
from fractions import Fraction

data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean([1, 2, 3, 4, 4]), st.mean(data), st.fmean(data), st.mean([Fraction(1, 2), Fraction(1, 3)]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.mode([1, 1, 2, 3, 3, 3]), st.multimode('aabbbbccddddeeffffgg'))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.pvariance([0, 0, 1, 2]), st.variance(data), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1, 2, 3, 4]))
print(st.variance([Fraction(1, 4), Fraction(5, 4)]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(st.quantiles([1, 2, 3, 4, 5], n=3, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.9), 6), round(nd.pdf(100), 6), nd.mean, nd.stdev)
print(st.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]), nd + 5, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 6))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.median([]), lambda: st.mode([]),
            lambda: st.geometric_mean([-1, 2]), lambda: st.quantiles([1], n=4), lambda: st.NormalDist(0, -1)]:
    try:
        print(bad())
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)

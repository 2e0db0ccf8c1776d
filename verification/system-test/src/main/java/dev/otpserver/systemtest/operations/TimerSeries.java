package dev.otpserver.systemtest.operations;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import dev.otpserver.systemtest.operations.Scrape.Sample;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * The lines of one timer (a family and one set of tags) as a server's exporter writes them: {@code _count} and
 * {@code _sum} on every server, and whatever else the exporter adds ({@code _max}, {@code _mean}, quantiles,
 * {@code _bucket}s by upper bound). A missing count or sum is NaN.
 */
record TimerSeries(
        String family,
        Map<String, String> tags,
        double count,
        double sum,
        OptionalDouble max,
        OptionalDouble mean,
        List<Double> quantiles,
        Map<Double, Double> buckets,
        List<String> lines) {

    private static final List<String> SUFFIXES = List.of("_count", "_sum", "_max", "_mean", "_bucket");

    /** Every timer of the scrape whose family name passes. */
    static List<TimerSeries> in(Scrape scrape, Predicate<String> family) {
        Map<Key, List<Sample>> bySeries = scrape.samples().stream()
                .filter(sample -> family.test(familyOf(sample)))
                .collect(groupingBy(Key::of, LinkedHashMap::new, toList()));
        return bySeries.entrySet().stream()
                .map(series -> of(series.getKey(), series.getValue()))
                .toList();
    }

    /** The values that are durations: the mean of all calls (sum by count), max, mean and quantiles. */
    DoubleStream durations() {
        DoubleStream average = count > 0 ? DoubleStream.of(sum / count) : DoubleStream.empty();
        return Stream.of(
                        average, max.stream(), mean.stream(), quantiles.stream().mapToDouble(Double::doubleValue))
                .flatMapToDouble(values -> values);
    }

    private record Key(String family, Map<String, String> tags) {

        static Key of(Sample sample) {
            Map<String, String> tags = new TreeMap<>(sample.labels());
            tags.keySet().removeAll(List.of("quantile", "le"));
            return new Key(familyOf(sample), tags);
        }
    }

    private static TimerSeries of(Key key, List<Sample> samples) {
        Map<Double, Double> buckets = new TreeMap<>();
        samples.stream()
                .filter(sample -> sample.name().endsWith("_bucket"))
                .forEach(bucket -> buckets.put(Scrape.number(bucket.labels().get("le")), bucket.value()));
        return new TimerSeries(
                key.family(),
                key.tags(),
                value(samples, "_count").orElse(Double.NaN),
                value(samples, "_sum").orElse(Double.NaN),
                value(samples, "_max"),
                value(samples, "_mean"),
                samples.stream()
                        .filter(sample -> sample.labels().containsKey("quantile"))
                        .map(Sample::value)
                        .toList(),
                buckets,
                samples.stream().map(Sample::line).toList());
    }

    private static OptionalDouble value(List<Sample> samples, String suffix) {
        return samples.stream()
                .filter(sample -> sample.name().endsWith(suffix))
                .mapToDouble(Sample::value)
                .findFirst();
    }

    private static String familyOf(Sample sample) {
        return SUFFIXES.stream()
                .filter(sample.name()::endsWith)
                .findFirst()
                .map(suffix -> sample.name().substring(0, sample.name().length() - suffix.length()))
                .orElse(sample.name());
    }
}

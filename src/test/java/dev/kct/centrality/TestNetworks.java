package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;

/** Small networks for centrality tests, built straight from edge lists. */
final class TestNetworks {

    private TestNetworks() {}

    /** Network of n nodes labelled "0".."n−1" with edges {a, b, weight}. */
    static CooccurrenceNetwork of(int n, double[]... edges) {
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = Integer.toString(i);
        }
        int[] a = new int[edges.length];
        int[] b = new int[edges.length];
        double[] w = new double[edges.length];
        for (int e = 0; e < edges.length; e++) {
            a[e] = (int) edges[e][0];
            b[e] = (int) edges[e][1];
            w[e] = edges[e][2];
        }
        return CooccurrenceNetwork.fromEdges(labels, null, a, b, w);
    }

    /** Network of n nodes with unit-weight edges {a, b}. */
    static CooccurrenceNetwork unit(int n, int[][] edges) {
        double[][] weighted = new double[edges.length][];
        for (int e = 0; e < edges.length; e++) {
            weighted[e] = new double[] {edges[e][0], edges[e][1], 1};
        }
        return of(n, weighted);
    }
}

package dev.kct.network;

/** How a patent's technology pairs add to edge weights (docs/METHODS.md, "The IPC co-occurrence network"). */
public enum Counting {
    /** Each patent holding both technologies adds 1: the weight is the number of such patents. */
    FULL,
    /**
     * A patent with k ≥ 2 technologies adds 1/(k−1) to each of its k(k−1)/2 pairs, so every
     * technology gains strength exactly 1 from it (Perianes-Rodriguez, van Eck &amp; Waltman 2016).
     */
    FRACTIONAL
}

package org.gongjian.bidding.control;

/**
 * Sealed content that does not open: it was changed, moved from another row, or sealed under
 * another key. Nothing of it is trusted or shown.
 */
public class SealBroken extends IllegalStateException {

    public SealBroken(String context) {
        super("the sealed content of " + context
                + " does not open: it was changed, moved from another row or sealed under another key");
    }
}

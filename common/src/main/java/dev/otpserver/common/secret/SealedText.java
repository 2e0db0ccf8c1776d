package dev.otpserver.common.secret;

/**
 * A sealed value with the version of the sealing key that sealed it: {@code k<version>:<Base64>}. A value of the
 * secret store's version has no tag, as every value had before rotation, so older nodes still open it.
 */
public record SealedText(int version, String sealed) {

    private static final String TAG = "k";
    private static final char END_OF_TAG = ':';

    public static SealedText parse(String text) {
        int end = text.indexOf(END_OF_TAG);
        if (!text.startsWith(TAG) || end < 0) {
            return new SealedText(Rings.BASE_VERSION, text);
        }
        try {
            return new SealedText(Integer.parseInt(text.substring(TAG.length(), end)), text.substring(end + 1));
        } catch (NumberFormatException notATag) {
            throw new IllegalStateException("A sealed value with a malformed key version tag");
        }
    }

    public String text() {
        return version == Rings.BASE_VERSION ? sealed : TAG + version + END_OF_TAG + sealed;
    }
}

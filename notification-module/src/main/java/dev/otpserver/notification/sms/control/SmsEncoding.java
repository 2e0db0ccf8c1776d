package dev.otpserver.notification.sms.control;

/**
 * The two encodings an SMS may take, with the characters one segment holds: alone, and as one part of a
 * concatenated message (the 6-octet concatenation header takes the rest).
 */
public enum SmsEncoding {
    /** The GSM 03.38 default alphabet, 7 bits a character; its extension characters ({@code €[]{}} …) count twice. */
    GSM7(160, 153),
    /** UTF-16 (UCS-2 on the wire), for any text the default alphabet cannot carry; characters outside the BMP count twice. */
    UCS2(70, 67);

    private final int single;
    private final int perPart;

    SmsEncoding(int single, int perPart) {
        this.single = single;
        this.perPart = perPart;
    }

    public int single() {
        return single;
    }

    public int perPart() {
        return perPart;
    }
}

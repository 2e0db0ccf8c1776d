package dev.otpserver.notification.sms.control;

import dev.otpserver.notification.delivery.control.DeliveryFailure;
import dev.otpserver.notification.delivery.control.Receipt;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * The SMPP 3.4 gateway ({@code smpp}): {@code submit_sm} over one transceiver session, data_coding 0 (GSM 7-bit,
 * unpacked) when the text fits the default alphabet and 8 (UCS-2) otherwise. A long text goes as concatenated parts,
 * each with a user data header (UDHI set; IE 0x00, 8-bit reference): the form every handset reassembles and most
 * SMSCs pass on untouched, where SAR TLVs depend on the SMSC. Delivery receipts ({@code deliver_sm} with the receipt
 * esm_class) are recorded against the message by the id the SMSC gave its first part.
 */
public final class SmppGateway implements SmsGateway, MessageReceiverListener {

    private static final Logger LOG = Logger.getLogger(SmppGateway.class.getName());
    /** Command statuses that refuse the number itself: invalid destination address, TON, NPI. Others may pass elsewhere. */
    private static final Set<Integer> REFUSED_NUMBER = Set.of(0x0B, 0x50, 0x51);

    private final SmppSettings settings;
    private final SmppLink link;
    private final ReceiptRelay receipts;
    private final Clock clock;
    private final AtomicInteger reference = new AtomicInteger(new SecureRandom().nextInt(256));

    public SmppGateway(SmppSettings settings, ReceiptRelay receipts, ThreadFactory rebindThreads, Clock clock) {
        this.settings = settings;
        this.receipts = receipts;
        this.clock = clock;
        this.link = new SmppLink(settings, this, rebindThreads);
    }

    @Override
    public String id() {
        return "smpp";
    }

    @Override
    public void start() {
        link.start();
    }

    @Override
    public String send(SmsSubmission sms) throws DeliveryFailure {
        SmsText text = sms.text();
        List<byte[]> parts = shortMessages(text);
        DataCoding coding = new GeneralDataCoding(
                text.encoding() == SmsEncoding.GSM7 ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2);
        ESMClass esm = new ESMClass(
                MessageMode.DEFAULT,
                MessageType.DEFAULT,
                parts.size() > 1 ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
        RegisteredDelivery receipt = new RegisteredDelivery(
                settings.deliveryReceipts() ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT);
        String firstId = null;
        for (byte[] part : parts) {
            String id = submit(sms.destination(), esm, receipt, coding, part);
            firstId = firstId == null ? id : firstId;
        }
        return firstId;
    }

    private String submit(String destination, ESMClass esm, RegisteredDelivery receipt, DataCoding coding, byte[] part)
            throws DeliveryFailure {
        try {
            return link.session()
                    .submitShortMessage(
                            "",
                            TypeOfNumber.valueOf(settings.sourceTon()),
                            NumberingPlanIndicator.valueOf(settings.sourceNpi()),
                            settings.sourceAddress(),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            destination.replace("+", ""),
                            esm,
                            (byte) 0,
                            (byte) 1,
                            null,
                            null,
                            receipt,
                            (byte) 0,
                            coding,
                            (byte) 0,
                            part)
                    .getMessageId();
        } catch (NegativeResponseException refused) {
            int status = refused.getCommandStatus();
            throw new DeliveryFailure(
                    "SMSC answered submit_sm with status 0x" + Integer.toHexString(status),
                    REFUSED_NUMBER.contains(status),
                    refused);
        } catch (PDUException malformed) {
            throw new DeliveryFailure(
                    "The SMS does not make a valid submit_sm: " + malformed.getMessage(), true, malformed);
        } catch (ResponseTimeoutException | InvalidResponseException | IOException unanswered) {
            throw new DeliveryFailure(
                    "SMSC did not answer submit_sm: " + unanswered.getClass().getSimpleName(), false, unanswered);
        }
    }

    /** The short_message of each part: the octets alone, or a 6-octet concatenation header then the octets. */
    private List<byte[]> shortMessages(SmsText text) {
        if (text.segments() == 1) {
            return List.of(text.octets(text.text()));
        }
        byte ref = (byte) reference.incrementAndGet();
        byte total = (byte) text.segments();
        return IntStream.range(0, text.segments())
                .mapToObj(i -> {
                    byte[] octets = text.octets(text.parts().get(i));
                    byte[] message =
                            Arrays.copyOf(new byte[] {0x05, 0x00, 0x03, ref, total, (byte) (i + 1)}, 6 + octets.length);
                    System.arraycopy(octets, 0, message, 6, octets.length);
                    return message;
                })
                .toList();
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (!deliverSm.isSmscDeliveryReceipt()) {
            return; // a mobile-originated message: this server does not take replies
        }
        try {
            DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
            OptionalParameter receipted = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
            String id =
                    receipted instanceof OptionalParameter.COctetString tlv ? tlv.getValueAsString() : receipt.getId();
            DeliveryReceiptState state = receipt.getFinalStatus();
            receipts.accept(new Receipt(
                    id,
                    state == DeliveryReceiptState.DELIVRD,
                    clock.instant(),
                    "SMSC receipt " + state + " err " + receipt.getError()));
        } catch (InvalidDeliveryReceiptException unreadable) {
            LOG.warning(() -> "Unreadable delivery receipt: " + unreadable.getMessage());
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {}

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", 0x03);
    }

    @Override
    public void close() {
        link.close();
    }
}

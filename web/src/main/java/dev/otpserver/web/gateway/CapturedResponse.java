package dev.otpserver.web.gateway;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds back what an endpoint writes, so that the gateway can sign the exact bytes before they leave.
 * Status and length are kept here too; the gateway sets them on the real response once signed.
 */
class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final ServletOutputStream stream = new CapturingStream();
    private PrintWriter writer;
    private int status = SC_OK;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // the gateway sets the length of what it finally sends
    }

    @Override
    public void setContentLengthLong(long len) {
        // the gateway sets the length of what it finally sends
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() {
        // nothing leaves before it is signed
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        resetBuffer();
        status = SC_OK;
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    private final class CapturingStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("The gateway answers synchronously");
        }
    }
}

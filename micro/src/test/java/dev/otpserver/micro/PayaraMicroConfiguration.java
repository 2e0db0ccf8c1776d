package dev.otpserver.micro;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** What arquillian.xml tells {@link PayaraMicroContainer}; Maven fills it in (micro/pom.xml). */
public class PayaraMicroConfiguration implements ContainerConfiguration {

    private String commandFile;
    private String war;
    private String readinessUrl;
    private String log;
    private String pidFile;
    private int startupTimeoutSeconds = 180;

    @Override
    public void validate() throws ConfigurationException {
        if (commandFile == null || war == null || readinessUrl == null || log == null || pidFile == null) {
            throw new ConfigurationException("arquillian.xml must set commandFile, war, readinessUrl, log and pidFile");
        }
    }

    /** A file with the command that starts Payara Micro in the foreground: one argument a line, # comments. */
    public String getCommandFile() {
        return commandFile;
    }

    public void setCommandFile(String commandFile) {
        this.commandFile = commandFile;
    }

    /** The WAR the command deploys: the one archive this container serves. */
    public String getWar() {
        return war;
    }

    public void setWar(String war) {
        this.war = war;
    }

    public String getReadinessUrl() {
        return readinessUrl;
    }

    public void setReadinessUrl(String readinessUrl) {
        this.readinessUrl = readinessUrl;
    }

    /** Where Payara Micro's output (its whole log) goes. */
    public String getLog() {
        return log;
    }

    public void setLog(String log) {
        this.log = log;
    }

    /** Where the pid of the running Payara Micro is kept, to stop one that an interrupted run left behind. */
    public String getPidFile() {
        return pidFile;
    }

    public void setPidFile(String pidFile) {
        this.pidFile = pidFile;
    }

    public int getStartupTimeoutSeconds() {
        return startupTimeoutSeconds;
    }

    public void setStartupTimeoutSeconds(int startupTimeoutSeconds) {
        this.startupTimeoutSeconds = startupTimeoutSeconds;
    }
}

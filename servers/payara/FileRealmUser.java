import org.glassfish.security.common.FileRealmStorageManager;

/**
 * Adds or updates a user of a Payara file realm offline (what `asadmin create-file-user` does on a
 * running domain), with Payara's own code, run by configure.sh as
 * {@code java -cp <payara>/glassfish/modules/common-util.jar FileRealmUser.java <keyfile> <user> <password> [group,...]}.
 */
public class FileRealmUser {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: FileRealmUser.java <keyfile> <user> <password> [group,...]");
        }
        FileRealmStorageManager realm = new FileRealmStorageManager(args[0]);
        String user = args[1];
        char[] password = args[2].toCharArray();
        String[] groups = args.length > 3 && !args[3].isEmpty() ? args[3].split(",") : new String[0];
        if (realm.getUser(user) == null) {
            realm.addUser(user, password, groups);
        } else {
            realm.updateUser(user, user, password, groups);
        }
        realm.persist();
    }
}

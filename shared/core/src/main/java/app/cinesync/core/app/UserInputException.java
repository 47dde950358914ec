package app.cinesync.core.app;

/**
 * The member asked for something we can't do as asked; the message is written for them and is
 * shown as it is, privately. Nothing has been stored when this is thrown.
 */
public class UserInputException extends RuntimeException {
    public UserInputException(String messageForMember) {
        super(messageForMember);
    }
}

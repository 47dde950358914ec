package app.cinesync.discord;

import java.util.Locale;

/**
 * An interaction a member made, of whichever kind; what all of them carry is their
 * {@link InteractionContext}, read through the methods here.
 */
public sealed interface MemberInteraction extends Interaction
        permits CommandInteraction, AutocompleteInteraction, ComponentInteraction, ModalSubmitInteraction {
    InteractionContext context();

    @Override
    default String id() {
        return context().id();
    }

    @Override
    default String applicationId() {
        return context().applicationId();
    }

    /** The interaction's token: the credential for editing its reply (never logged). */
    default String token() {
        return context().token();
    }

    default long memberId() {
        return context().memberId();
    }

    /** The member's display name, or null. */
    default String memberName() {
        return context().memberName();
    }

    /** The language to answer in ({@link InteractionContext#language()}). */
    default Locale language() {
        return context().language();
    }
}

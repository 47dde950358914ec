package app.cinesync.core.rating;

/** A member's stored taste state ({@link app.cinesync.core.embedding.TasteVector}) and how many ratings it has learned from. */
public record UserEmbedding(long userId, float[] vector, long updateCount) {
    public UserEmbedding {
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }
}

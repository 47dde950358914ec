/**
 * The collaborative model: {@link app.cinesync.core.model.EaseModel}, an item-item matrix trained in
 * closed form with EJML by {@link app.cinesync.core.model.EaseTrainer} (EASE with the EDLAE diagonal
 * term; an n x n inverse, or an m x m one through the Woodbury identity when the m members are fewer
 * than the n films) over the films with enough ratings, stored with a version behind
 * {@link app.cinesync.core.model.ModelRepository} ({@link app.cinesync.core.model.JdbcModelRepository}),
 * and a full retrain from every stored rating ({@link app.cinesync.core.model.ModelTraining}). How the
 * model ranks for a member is the recommendation package's business. No AWS imports; no I/O except in
 * the JDBC repository.
 */
package app.cinesync.core.model;

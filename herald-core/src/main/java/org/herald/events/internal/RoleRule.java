package org.herald.events.internal;

/**
 * One rule of how the parse gives predicates their roles. The rules run in the order
 * {@link Rules#roles} lists; a later rule sees what the earlier ones found.
 */
interface RoleRule {

    void apply(Graph g, Roles roles);
}

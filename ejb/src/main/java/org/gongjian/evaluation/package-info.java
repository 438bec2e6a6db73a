/**
 * Evaluation (考评): a tenant's yearly grading of its accepted projects on three channels (三位一体):
 * the owner's self-evaluation, public opinion (one-time ballot codes handed out at residents'
 * meetings, and paper ballots an admin enters) and the evaluators' organisational evaluation.
 * <p>
 * It owns evaluations, evaluator assignments, relations and overrides, ballot codes, score
 * sheets and the frozen results. An evaluation copies the scheme of the year's frozen round when it
 * opens and keeps it (a trigger refuses a change), so later configuration edits never reach its
 * results. {@code Grading} computes every project of an evaluation in one query; closing freezes
 * one result per project, and a correction afterwards adds a numbered version with its reason.
 * <p>
 * Every row belongs to the tenant whose projects are evaluated, under the tenant's row policies;
 * nothing here spans tenants. The anonymous voting page binds the tenant named in its address and
 * reads only what it shows: a project's title and owner, and the public channel's criteria.
 * Projects, owners and accounts are read through the project and account components' controls;
 * awards and yearly records read results through {@code EvaluatedProjects}.
 */
package org.gongjian.evaluation;

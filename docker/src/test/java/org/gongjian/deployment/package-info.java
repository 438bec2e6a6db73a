/**
 * Checks of the deployment files in {@code docker/} (Dockerfile, compose file, nginx configuration,
 * Kubernetes manifests) against the portal's own sources and README, since Docker and Kubernetes
 * cannot run where the tests run. What the portal reads is found in its sources, never listed by hand.
 */
package org.gongjian.deployment;

/**
 * Small shared contracts of the UI-free core: user errors, progress, cancellation, and waiting for
 * work on other threads so that those errors and cancellation reach the caller unchanged.
 */
package org.mer.core;

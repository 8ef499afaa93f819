/** Small shared contracts of the UI-free core: user errors, progress, cancellation. */
package org.mer.core;

/**
 * The Apache Spark engine (Spark 3.5, Scala 2.13, a provided dependency): the only package that
 * imports Spark. Loaded only when {@code --engine spark} is chosen; see docs/spark.md.
 */
package org.mer.exec.spark;

/** The parser benchmark (not a test): files per second per format, our parser versus Apache Tika. */
package io.nianbao.benchmark;

/**
 * Demo and benchmark leads: a generator of plausible leads with their follow-ups and stage history, and a JDBC
 * writer that stores them in batches behind Hibernate.
 */
@NullMarked
package com.chainleads.lead.demo;

import org.jspecify.annotations.NullMarked;

/** Official restriction lists imported as published: the Consolidated Screening List, entity resolution with review, delistings over time. */
package org.supplywatch.lists;

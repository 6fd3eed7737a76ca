package dev.newsbite.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** The Spark schema of {@link ArticleRow}, in its field order, and the conversion to a Spark row. */
final class ArticleSchema {
    static final StructType SCHEMA = new StructType(new StructField[] {
        text("id"), text("source"), text("url"), text("title"), text("byline"), text("published"), text("siteName"),
        text("excerpt"), text("lang"), text("pageType"), text("text"), text("error"), text("modified"),
        text("canonicalUrl"), text("leadImage"),
        new StructField("authors", DataTypes.createArrayType(DataTypes.StringType, false), false, Metadata.empty()),
        text("warcFile"), text("warcRecordId"),
        new StructField("warcOffset", DataTypes.LongType, false, Metadata.empty())});

    private ArticleSchema() {
    }

    private static StructField text(String name) {
        return new StructField(name, DataTypes.StringType, true, Metadata.empty());
    }

    static Row toRow(ArticleRow r) {
        return RowFactory.create(r.id(), r.source(), r.url(), r.title(), r.byline(), r.published(), r.siteName(), r.excerpt(),
                r.lang(), r.pageType(), r.text(), r.error(), r.modified(), r.canonicalUrl(), r.leadImage(),
                CollectionConverters.asScala(r.authors()).toSeq(), r.warcFile(), r.warcRecordId(), r.warcOffset());
    }

    /** The row read back from the output (Parquet or JSON Lines), for tests and tools. */
    static ArticleRow fromRow(Row row) {
        List<String> authors = row.isNullAt(row.fieldIndex("authors")) ? List.of()
                : row.getList(row.fieldIndex("authors"));
        return new ArticleRow(str(row, "id"), str(row, "source"), str(row, "url"), str(row, "title"), str(row, "byline"),
                str(row, "published"), str(row, "siteName"), str(row, "excerpt"), str(row, "lang"),
                str(row, "pageType"), str(row, "text"), str(row, "error"), str(row, "modified"),
                str(row, "canonicalUrl"), str(row, "leadImage"), authors, str(row, "warcFile"),
                str(row, "warcRecordId"), row.getLong(row.fieldIndex("warcOffset")));
    }

    private static String str(Row row, String field) {
        return row.getString(row.fieldIndex(field));
    }
}

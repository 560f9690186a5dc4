package io.claimsift;

import io.claimsift.read.DocumentFormat;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Hostile document shapes for {@link PathologicalInputTest}, each generated at a given size: the
 * four that stalled or failed a run (issue 16) and others that stress one step each. Generation is
 * deterministic, so a failure can be reproduced.
 */
final class PathologicalShapes {
  private PathologicalShapes() {}

  /** A named shape: its format and a generator from a size (a count of repeated units) to the text. */
  record Shape(String name, DocumentFormat format, int startSize, IntFunction<String> generator) {
    String generate(int size) {
      return generator.apply(size);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] WORDS = {"the", "government", "said", "on", "Tuesday", "that", "inflation",
      "rose", "to", "percent", "in", "March", "while", "unemployment", "fell"};


  static final List<Shape> ALL = List.of(
      // issue 16: a comma-joined list of amounts and dates, one line, no sentence break
      new Shape("amounts-and-dates-list", DocumentFormat.TEXT, 2_000, n -> repeat(n, ", ", i -> switch (i % 4) {
        case 0 -> "$" + (i % 997 + 1) + "." + (i % 90 + 10) + " million";
        case 1 -> (i % 28 + 1) + " " + MONTHS[i % 12] + " " + (1990 + i % 40);
        case 2 -> (i % 100) + "%";
        default -> MONTHS[i % 12] + " " + (i % 28 + 1) + ", " + (1990 + i % 40);
      })),
      // issue 16: numbers separated by spaces
      new Shape("numbers-separated-by-spaces", DocumentFormat.TEXT, 5_000,
          n -> repeat(n, " ", i -> Integer.toString((i * 7919) % 100_000))),
      // issue 16: one line of words, no punctuation at all
      new Shape("single-line-of-words", DocumentFormat.TEXT, 20_000,
          n -> repeat(n, " ", i -> WORDS[(i * 31) % WORDS.length])),
      // issue 16: nested <div>s around one paragraph
      new Shape("nested-divs", DocumentFormat.HTML, 2_000, n -> "<html><body>" + "<div>".repeat(n)
          + "<p>The minister said on 3 March 2024 that prices rose 5% to $3 million.</p>" + "</div>".repeat(n)
          + "</body></html>"),
      // many short lines, each a sentence with a number
      new Shape("many-short-lines", DocumentFormat.TEXT, 2_000,
          n -> repeat(n, "\n", i -> "Line " + i + " of the report says prices rose " + (i % 97) + "% in March.")),
      // one line of many ordinary sentences (a long paragraph)
      new Shape("one-line-of-sentences", DocumentFormat.TEXT, 1_000, n -> repeat(n, " ",
          i -> "The council approved a budget of $" + (i % 500 + 1) + " million on " + MONTHS[i % 12] + " "
              + (i % 28 + 1) + ", officials said.")),
      // one line of lower-case sentences: every period looks back at the words before it
      new Shape("lower-case-sentences", DocumentFormat.TEXT, 2_000,
          n -> repeat(n, " ", i -> "prices rose again. costs fell at 5 p.m. today.")),
      // one line of numbered list items, restarting after 99
      new Shape("long-numbered-list", DocumentFormat.TEXT, 2_000,
          n -> repeat(n, " ", i -> (i % 99 + 1) + ". Item with " + i + " units")),
      // sentences just under the claim-candidate cap, full of numbers and dates
      new Shape("sentences-near-the-cap", DocumentFormat.TEXT, 4, n -> repeat(n, "\n\n",
          i -> "Item " + i + ": " + repeat(150, ", ", j -> (j % 28 + 1) + " " + MONTHS[j % 12] + " $" + j) + ".")),
      // the same surname reporting on every line: each attribution looks back for the full name
      new Shape("repeated-surname", DocumentFormat.TEXT, 1_000,
          n -> repeat(n, "\n", i -> "Lau said prices rose " + (i % 90 + 1) + "% in " + MONTHS[i % 12]
              + " in district " + i + ".")),
      // quotes and parentheses that never close
      new Shape("unclosed-quotes-and-brackets", DocumentFormat.TEXT, 2_000,
          n -> repeat(n, " ", i -> "\"(['word" + i + ". Next")),
      // one word with no space at all
      new Shape("one-long-word", DocumentFormat.TEXT, 50_000, n -> "ab.".repeat(n)),
      // many sibling paragraphs
      new Shape("many-paragraphs", DocumentFormat.HTML, 500, n -> "<html><body>" + repeat(n, "",
          i -> "<p>Paragraph " + i + ": the council approved a budget of $" + i
              + " million on 3 March 2024, officials said.</p>") + "</body></html>"),
      // unclosed formatting elements: the parser reopens them for every block
      new Shape("unclosed-bold", DocumentFormat.HTML, 2_000,
          n -> "<html><body><p>" + "<b>".repeat(n) + "The council approved the budget.</p></body></html>"),
      // nested inline elements inside one paragraph
      new Shape("nested-spans", DocumentFormat.HTML, 2_000, n -> "<html><body><p>" + "<span>".repeat(n)
          + "The council approved the budget." + "</span>".repeat(n) + "</p></body></html>"),
      // nested tables
      new Shape("nested-tables", DocumentFormat.HTML, 500, n -> "<html><body>"
          + "<table><tr><td>".repeat(n) + "The council approved the budget.</body></html>"),
      // nested lists
      new Shape("nested-lists", DocumentFormat.HTML, 1_000,
          n -> "<html><body>" + "<ul><li>".repeat(n) + "The council approved the budget.</body></html>"),
      // nested articles, each with an author byline
      new Shape("nested-articles-with-bylines", DocumentFormat.HTML, 500, n -> "<html><body>"
          + repeat(n, "", i -> "<article><p class=\"byline\">By Jane Doe</p><p>Prices rose " + i + "% in 2024.</p>")
          + "</body></html>"));

  /** The shape called {@code name}. */
  static Shape named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no shape " + name));
  }

  /** {@code n} units joined by {@code separator}. */
  static String repeat(int n, String separator, IntFunction<String> unit) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(unit.apply(i));
    }
    return out.toString();
  }
}

using CertLang.Semantics.Formatting;
using CertLang.Syntax;

namespace CertLang.Semantics.Tests.Formatting;

/// <summary>The canonical style, rule by rule (docs/language.md, "Formatting").</summary>
public sealed class FormatterStyleTests
{
    [Fact]
    public void A_regime_gets_one_clause_per_line_and_its_one_line_clauses_aligned()
    {
        AssertFormats(
            """
            /// China Compulsory Certification.
            regime   CCC in CN { title "China Compulsory Certification"
              authority   "CNCA" mark "CCC"
              route certification validity 5 years effective 2002-05-01
              scope { include household_appliance where rated_voltage<=250 V include lighting from 2027-01-01 exclude where use==medical }
              process { step application "Application" takes 1 .. 2 weeks step type_test "Type testing" after application { takes 1..2 weeks when has_cb_report takes 4..8 weeks } }
              surveillance "Follow-up inspection" every 12 months requires OTHER accepts OTHER until 2027-12-31 }
            """,
            """
            /// China Compulsory Certification.
            regime CCC in CN {
              title     "China Compulsory Certification"
              authority "CNCA"
              mark      "CCC"
              route     certification
              validity  5 years
              effective 2002-05-01
              scope {
                include household_appliance where rated_voltage <= 250 V
                include lighting from 2027-01-01
                exclude where use == medical
              }
              process {
                step application "Application" takes 1..2 weeks
                step type_test "Type testing" after application {
                  takes 1..2 weeks when has_cb_report
                  takes 4..8 weeks
                }
              }
              surveillance "Follow-up inspection" every 12 months
              requires OTHER
              accepts  OTHER until 2027-12-31
            }
            """);
    }

    [Fact]
    public void A_run_of_aligned_clauses_goes_on_across_comments_and_ends_at_a_blank_line_or_another_clause()
    {
        AssertFormats(
            """
            regime R in M {
              title "T"
              // a comment does not end the run
              authority "A"

              mark "M"
              route x
              scope { }
              source "S"
            }
            """,
            """
            regime R in M {
              title     "T"
              // a comment does not end the run
              authority "A"

              mark  "M"
              route x
              scope {}
              source "S"
            }
            """);
    }

    [Fact]
    public void Blocks_written_on_one_line_get_one_item_per_line_and_an_empty_block_stays_closed()
    {
        AssertFormats(
            """
            attribute supply :enum{ac,dc}
            market EU "European Union" { members AT, BE, DE }
            category electrical { category kettle "Kettles" hs 8516.71,8516.79 category lamp { } }
            test "kettle" { product { category kettle rated_voltage 230 V } ship 2027-06-01 expect CCC not required expect LVD satisfied by CE }
            """,
            """
            attribute supply: enum { ac, dc }
            market EU "European Union" {
              members AT, BE, DE
            }
            category electrical {
              category kettle "Kettles" hs 8516.71, 8516.79
              category lamp {}
            }
            test "kettle" {
              product {
                category kettle
                rated_voltage 230 V
              }
              ship 2027-06-01
              expect CCC not required
              expect LVD satisfied by CE
            }
            """);
    }

    [Fact]
    public void Not_covered_statements_are_items_of_a_market()
    {
        AssertFormats(
            """
            market CN "China" { not   covered "SRRC"   not covered "NAL" }
            market EU { members DE,FR not covered "RoHS" }
            """,
            """
            market CN "China" {
              not covered "SRRC"
              not covered "NAL"
            }
            market EU {
              members DE, FR
              not covered "RoHS"
            }
            """);
    }

    [Fact]
    public void An_acceptances_takes_comes_before_its_window_and_the_clause_stays_aligned()
    {
        AssertFormats(
            """
            regime CCC in CN {
            accepts   LVD,EMC   takes 2 ..4 weeks   from 2024-01-01 until 2030-12-31
            requires LVD
            }
            """,
            """
            regime CCC in CN {
              accepts  LVD, EMC takes 2..4 weeks from 2024-01-01 until 2030-12-31
              requires LVD
            }
            """);
    }

    [Fact]
    public void Blank_lines_are_kept_at_most_one_and_never_at_the_start_or_end_of_a_block_or_the_file()
    {
        AssertFormats(
            """


            market A {


              members X



              members Y

            }



            market B


            """,
            """
            market A {
              members X

              members Y
            }

            market B
            """);
    }

    [Fact]
    public void Every_comment_stays_where_it_was_relative_to_its_line()
    {
        AssertFormats(
            """
            // file header

            /// Documents market A.
            market A {   // after the brace
                // above the members
              members X,   /* between */  Y    // at the end of the line

                // last thing in the block
            }
            /* before */ market B
            // end of file
            """,
            """
            // file header

            /// Documents market A.
            market A { // after the brace
              // above the members
              members X, /* between */ Y // at the end of the line

              // last thing in the block
            }
            /* before */ market B
            // end of file
            """);
    }

    [Fact]
    public void Line_breaks_inside_a_clause_are_kept_as_indented_continuation_lines_and_lists_continue_under_their_first_element()
    {
        AssertFormats(
            """
            market EU {
            members AT, BE,
            DE, FR
            }
            regime R in EU {
              scope {
                include household_appliance, it_equipment
                where rated_voltage > 12 V and
                use == household
                include lighting where (a or // why
                b)
              }
            }
            """,
            """
            market EU {
              members AT, BE,
                      DE, FR
            }
            regime R in EU {
              scope {
                include household_appliance, it_equipment
                  where rated_voltage > 12 V and
                    use == household
                include lighting where (a or // why
                      b)
              }
            }
            """);
    }

    [Theory]
    [InlineData("market A\r\nmarket B\r\nmarket C\n", "market A\r\nmarket B\r\nmarket C\r\n")]
    [InlineData("market A\nmarket B\nmarket C\r\n", "market A\nmarket B\nmarket C\n")]
    [InlineData("market A\r\nmarket B\n", "market A\nmarket B\n")]
    [InlineData("market A market B", "market A\nmarket B\n")]
    public void The_file_keeps_its_dominant_line_break(string source, string expected)
    {
        Assert.Equal(expected, Format(source));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(" \n\n \t", "")]
    [InlineData("\n\n// only a comment", "// only a comment\n")]
    public void A_file_without_declarations_keeps_only_its_comments(string source, string expected)
    {
        Assert.Equal(expected, Format(source));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_not_formatted()
    {
        Assert.Null(CertFormatter.Format(SyntaxTree.Parse("market   CN \"China\" }\n")));
    }

    private static void AssertFormats(string source, string expected) => Assert.Equal(expected + "\n", Format(source));

    private static string? Format(string source) => CertFormatter.Format(SyntaxTree.Parse(source));
}

using System.Reflection;
using CertLang.Syntax;

namespace CertLang.Syntax.Tests;

/// <summary>The generated ANTLR parser is an implementation detail: no ANTLR type is visible outside CertLang.Syntax.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Syntax = typeof(SyntaxTree).Assembly;

    [Fact]
    public void No_public_type_comes_from_the_generated_parser_or_derives_from_an_ANTLR_type()
    {
        foreach (var type in Syntax.GetExportedTypes())
        {
            Assert.False(type.Namespace?.Contains("Generated", StringComparison.Ordinal), $"{type} is public");
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                Assert.False(IsAntlr(baseType), $"{type} derives from {baseType}");
            }

            Assert.DoesNotContain(type.GetInterfaces(), IsAntlr);
        }
    }

    [Fact]
    public void No_public_member_mentions_an_ANTLR_type()
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in Syntax.GetExportedTypes())
        {
            foreach (var member in type.GetMembers(visible).Concat(type.GetMembers(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(IsProtected)))
            {
                var mentioned = member switch
                {
                    MethodBase method => method.GetParameters().Select(p => p.ParameterType).Append((method as MethodInfo)?.ReturnType ?? typeof(void)),
                    PropertyInfo property => [property.PropertyType],
                    FieldInfo field => [field.FieldType],
                    EventInfo @event => [@event.EventHandlerType!],
                    _ => [],
                };
                Assert.DoesNotContain(mentioned, IsAntlr);
            }
        }
    }

    private static bool IsProtected(MemberInfo member) => member switch
    {
        MethodBase method => method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsFamily || field.IsFamilyOrAssembly,
        _ => false,
    };

    private static bool IsAntlr(Type type) =>
        type.Assembly.GetName().Name!.StartsWith("Antlr4", StringComparison.Ordinal)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsAntlr))
        || (type.HasElementType && IsAntlr(type.GetElementType()!));
}

using System.Text;
using System.Text.Json;
using NormsEngine.Schemas;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// The committed organisation.schema.json is the generator's output, the assembly embeds that same text,
/// and the schema describes every field of organisation-v1.md with its type and constraints.
/// </summary>
public sealed class OrganisationSchemaTests
{
    /// <summary>Set to 1 to rewrite the committed schema from the model (then rebuild and run the tests again).</summary>
    private const string UpdateVariable = "NORMS_UPDATE_SCHEMAS";

    /// <summary>How <see cref="Strings"/> shows a JSON null in an enum.</summary>
    private const string Null = "(null)";

    /// <summary>Every path in the field table of organisation-v1.md; list items are written <c>[]</c>.</summary>
    private static readonly string[] SpecPaths =
    [
        "apiVersion", "kind",
        "metadata.name", "metadata.type", "metadata.country", "metadata.sector", "metadata.assessedOn",
        "roles.criticalInfrastructure", "roles.nis2Entity", "roles.developsSoftware", "roles.internetFacing",
        "roles.securityServicesProvider", "roles.securityResearch", "roles.offensiveTooling",
        "roles.sellsIntrusionCapabilities", "roles.holdsTradeSecrets", "roles.hasCsirt", "roles.electionRoles",
        "network.asns", "network.kinds",
        "network.routing.roaCoveragePct", "network.routing.rovDropInvalid", "network.routing.customerPrefixFiltering",
        "network.routing.sourceAddressValidation", "network.routing.peeringDbCurrent", "network.routing.rirContactsCurrent",
        "network.routing.manrsParticipant",
        "network.dns.roles", "network.dns.dnssecSignedPct",
        "incidentResponse.plan.exists", "incidentResponse.plan.lastExercise", "incidentResponse.escalation",
        "incidentResponse.reporting.nationalCsirt", "incidentResponse.reporting.earlyWarningHours",
        "incidentResponse.reporting.notificationHours",
        "incidentResponse.retainer.provider", "incidentResponse.retainer.forbidsHackBack",
        "resilience.backups.offlineOrImmutable", "resilience.backups.lastRestoreTest", "resilience.rtoHours",
        "resilience.maxTolerableDowntimeHours",
        "hygiene.mfa.externalAppsPct", "hygiene.mfa.remoteAccessPct", "hygiene.mfa.adminPct",
        "hygiene.patching.osCadenceDays", "hygiene.patching.criticalExternalSlaDays",
        "hygiene.inventory.hardware", "hygiene.inventory.software", "hygiene.inventory.lastReview",
        "hygiene.training.annualCompletionPct", "hygiene.endOfLifeSoftwareCount",
        "lifecycle.sdlc.documented", "lifecycle.sbom.produced", "lifecycle.sbom.format",
        "lifecycle.disclosure.published", "lifecycle.disclosure.url", "lifecycle.disclosure.securityTxt",
        "supplyChain.supplierInventory", "supplyChain.suppliers",
        "supplyChain.suppliers[].name", "supplyChain.suppliers[].critical", "supplyChain.suppliers[].accessToProduction",
        "supplyChain.suppliers[].securityClauses", "supplyChain.suppliers[].incidentNoticeHours",
        "supplyChain.suppliers[].lastAssessment",
        "intellectualProperty.classificationScheme", "intellectualProperty.dlpCoverage",
        "intellectualProperty.sourceCodeAccessRestricted", "intellectualProperty.encryptSensitiveAtRest",
        "nonProliferation.vulnerabilityDisposition", "nonProliferation.disclosurePolicy", "nonProliferation.toolInventory",
        "nonProliferation.toolAccessRestricted", "nonProliferation.customerDueDiligence",
        "elections.liaisonWithNationalAuthority", "elections.nextElection", "elections.lastExercise",
        "elections.staffPhishingResistantMfaPct", "elections.influenceOperationResponse",
        "hackBack.policyProhibits", "hackBack.practices", "hackBack.legalAuthority", "hackBack.offersOffensiveResponse",
        "norms.parisCall.endorsed", "norms.parisCall.since", "norms.firstMembership", "norms.isacs",
        "norms.sharesThreatIntel", "norms.confidenceBuildingContactPoint",
    ];

    private static string CommittedPath => Path.Combine(RepositoryPaths.SchemasDirectory, OrganisationSchema.FileName);

    [Fact]
    public void Generate_CommittedFile_IsIdenticalByteForByte()
    {
        var expected = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(OrganisationSchema.Generate());
        var actual = File.Exists(CommittedPath) ? File.ReadAllBytes(CommittedPath) : [];
        if (actual.AsSpan().SequenceEqual(expected))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(CommittedPath, expected);
            Assert.Fail($"{CommittedPath} was out of date and has been rewritten from the model. Review the diff, then rebuild and run the tests again (without {UpdateVariable}).");
        }

        Assert.Fail(
            $"{CommittedPath} differs from OrganisationSchema.Generate() (the model changed, or the file was edited by hand). " +
            $"To regenerate it, run: {UpdateVariable}=1 dotnet test tests/NormsEngine.Tests -c Release --filter \"FullyQualifiedName~Schemas\" " +
            "then review the diff, rebuild and run the tests again.");
    }

    [Fact]
    public void Generate_CalledTwice_ReturnsTheSameText()
    {
        Assert.Equal(OrganisationSchema.Generate(), OrganisationSchema.Generate());
    }

    [Fact]
    public void Generate_Output_UsesLfNewlinesAndEndsWithOne()
    {
        var text = OrganisationSchema.Generate();

        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEmbedded_AssemblyResource_EqualsCommittedFile()
    {
        Assert.True(File.Exists(CommittedPath), $"{CommittedPath} is missing.");

        Assert.Equal(File.ReadAllText(CommittedPath), OrganisationSchema.ReadEmbedded());
    }

    [Fact]
    public void Generate_Header_DeclaresDraft2020AndStableId()
    {
        var root = Parse();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(OrganisationSchema.Id, root.GetProperty("$id").GetString());
        Assert.EndsWith("/src/NormsEngine/Schemas/organisation.schema.json", OrganisationSchema.Id, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
    }

    [Fact]
    public void Generate_Root_RequiresApiVersionKindAndMetadata()
    {
        var root = Parse();

        Assert.Equal(["apiVersion", "kind", "metadata"], Strings(root.GetProperty("required")));
        Assert.Equal("norms/v1", At(root, "apiVersion").GetProperty("const").GetString());
        Assert.Equal("Organisation", At(root, "kind").GetProperty("const").GetString());
        Assert.Equal(["name"], Strings(At(root, "metadata").GetProperty("required")));
        Assert.Equal("object", At(root, "metadata").GetProperty("type").GetString());
        Assert.Equal("string", At(root, "metadata.name").GetProperty("type").GetString());
        Assert.Equal(["name"], Strings(At(root, "supplyChain.suppliers").GetProperty("items").GetProperty("required")));
        Assert.Equal("string", At(root, "supplyChain.suppliers[].name").GetProperty("type").GetString());
    }

    [Fact]
    public void Generate_EveryFieldOfTheSpec_IsDescribed()
    {
        var root = Parse();
        var missing = new List<string>();
        foreach (var path in SpecPaths)
        {
            if (TryAt(root, path) is not { } field || !field.TryGetProperty("description", out var description) || string.IsNullOrWhiteSpace(description.GetString()))
            {
                missing.Add(path);
            }
        }

        Assert.True(missing.Count == 0, "Missing from the schema or without a description: " + string.Join(", ", missing));
    }

    [Fact]
    public void Generate_EveryObject_RejectsUnknownFieldsButAllowsExtensions()
    {
        var objects = new List<(string Path, JsonElement Schema)>();
        CollectObjects(Parse(), "$", objects);

        Assert.True(objects.Count > 20, $"Expected the whole model's objects; found {objects.Count}.");
        Assert.All(objects, o =>
        {
            Assert.True(o.Schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False, o.Path);
            var extensions = o.Schema.GetProperty("patternProperties").GetProperty("^x-");
            Assert.Equal(JsonValueKind.Object, extensions.ValueKind);
            Assert.Empty(extensions.EnumerateObject());
        });
    }

    [Fact]
    public void Generate_Booleans_AreBooleanOrNull()
    {
        var root = Parse();

        Assert.Equal(["boolean", "null"], Strings(At(root, "roles.criticalInfrastructure").GetProperty("type")));
        Assert.False(At(root, "roles.criticalInfrastructure").GetProperty("default").GetBoolean());
        Assert.Equal(["boolean", "null"], Strings(At(root, "hackBack.policyProhibits").GetProperty("type")));
        Assert.Equal(["boolean", "null"], Strings(At(root, "supplyChain.suppliers[].critical").GetProperty("type")));
    }

    [Theory]
    [InlineData("hygiene.mfa.adminPct")]
    [InlineData("network.routing.roaCoveragePct")]
    [InlineData("elections.staffPhishingResistantMfaPct")]
    public void Generate_Percentages_AreNumbersFrom0To100(string path)
    {
        var field = At(Parse(), path);

        Assert.Equal(["number", "null"], Strings(field.GetProperty("type")));
        Assert.Equal(0, field.GetProperty("minimum").GetInt32());
        Assert.Equal(100, field.GetProperty("maximum").GetInt32());
    }

    [Theory]
    [InlineData("incidentResponse.reporting.earlyWarningHours")]
    [InlineData("hygiene.patching.criticalExternalSlaDays")]
    [InlineData("supplyChain.suppliers[].incidentNoticeHours")]
    [InlineData("hygiene.endOfLifeSoftwareCount")]
    public void Generate_WholeNumbers_AreIntegersFromZero(string path)
    {
        var field = At(Parse(), path);

        Assert.Equal(["integer", "null"], Strings(field.GetProperty("type")));
        Assert.Equal(0, field.GetProperty("minimum").GetInt64());
        Assert.Equal(int.MaxValue, field.GetProperty("maximum").GetInt64());
    }

    [Fact]
    public void Generate_Asns_AreListOfIntegersUpTo32Bits()
    {
        var asns = At(Parse(), "network.asns");

        Assert.Equal(["array", "null"], Strings(asns.GetProperty("type")));
        var item = asns.GetProperty("items");
        Assert.Equal("integer", item.GetProperty("type").GetString());
        Assert.Equal(0, item.GetProperty("minimum").GetInt64());
        Assert.Equal(4294967295, item.GetProperty("maximum").GetInt64());
        Assert.False(asns.TryGetProperty("uniqueItems", out _));
    }

    [Theory]
    [InlineData("metadata.assessedOn")]
    [InlineData("incidentResponse.plan.lastExercise")]
    [InlineData("norms.parisCall.since")]
    public void Generate_Dates_AreIsoDateStrings(string path)
    {
        var field = At(Parse(), path);

        Assert.Equal(["string", "null"], Strings(field.GetProperty("type")));
        Assert.Equal("date", field.GetProperty("format").GetString());
        Assert.Equal(@"^(?!0000)\d{4}-\d{2}-\d{2}$", field.GetProperty("pattern").GetString());
    }

    [Fact]
    public void Generate_DisclosureUrl_IsHttpsUriWithTheBindersPattern()
    {
        var url = At(Parse(), "lifecycle.disclosure.url");

        Assert.Equal("uri", url.GetProperty("format").GetString());
        Assert.Equal(NormsEngine.Model.FieldShape.HttpsUrlPattern, url.GetProperty("pattern").GetString());
        Assert.StartsWith("^[Hh][Tt][Tt][Pp][Ss]://[A-Za-z0-9]", NormsEngine.Model.FieldShape.HttpsUrlPattern, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Country_HasAlpha3Pattern()
    {
        Assert.Equal("^[A-Z]{3}$", At(Parse(), "metadata.country").GetProperty("pattern").GetString());
    }

    [Fact]
    public void Generate_Enums_ListTheirCamelCaseValues()
    {
        var root = Parse();

        Assert.Equal(
            ["company", "publicBody", "ngo", "stateAgency", "academic", "internationalOrganisation", Null],
            Strings(At(root, "metadata.type").GetProperty("enum")));
        Assert.Equal(["none", "important", "essential", Null], Strings(At(root, "roles.nis2Entity").GetProperty("enum")));
        Assert.Equal("none", At(root, "roles.nis2Entity").GetProperty("default").GetString());
        Assert.Equal(["spdx", "cyclonedx", Null], Strings(At(root, "lifecycle.sbom.format").GetProperty("enum")));
        Assert.Equal(
            ["coordinatedDisclosure", "vendorBountyProgram", "soldToBroker", "stockpiled", Null],
            Strings(At(root, "nonProliferation.vulnerabilityDisposition").GetProperty("enum")));
        Assert.Equal(["none", "liaison", "associate", "full", Null], Strings(At(root, "norms.firstMembership").GetProperty("enum")));
    }

    [Fact]
    public void Generate_ListsOfEnums_AllowRepeatedValidItems()
    {
        var root = Parse();
        var escalation = At(root, "incidentResponse.escalation");

        // organisation-v1.md: a list of enums ignores duplicates, so the schema does not reject them either.
        Assert.False(escalation.TryGetProperty("uniqueItems", out _));
        Assert.Equal(
            ["nationalCsirt", "lawEnforcement", "regulator", "isac", "dataProtectionAuthority"],
            Strings(escalation.GetProperty("items").GetProperty("enum")));
        Assert.Equal(
            ["accessAttackerSystems", "disruptAttackerInfrastructure", "deleteDataOnAttackerSystems", "sinkholeOwnDomains", "internalDeception"],
            Strings(At(root, "hackBack.practices").GetProperty("items").GetProperty("enum")));
        Assert.Equal(
            ["electionBody", "party", "campaign", "media", "platform", "electionVendor"],
            Strings(At(root, "roles.electionRoles").GetProperty("items").GetProperty("enum")));
        Assert.Equal("string", At(root, "norms.isacs").GetProperty("items").GetProperty("type").GetString());
    }

    [Fact]
    public void Generate_Descriptions_ComeFromTheModel()
    {
        var root = Parse();

        Assert.Equal("Administrative accounts behind MFA.", At(root, "hygiene.mfa.adminPct").GetProperty("description").GetString());
        Assert.Equal("The supplier's name.", At(root, "supplyChain.suppliers[].name").GetProperty("description").GetString());
    }

    [Fact]
    public void Generate_Properties_FollowModelOrder()
    {
        var names = Parse().GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Equal(
            ["apiVersion", "kind", "metadata", "roles", "network", "incidentResponse", "resilience", "hygiene", "lifecycle",
             "supplyChain", "intellectualProperty", "nonProliferation", "elections", "hackBack", "norms"],
            names);
    }

    private static JsonElement Parse()
    {
        using var document = JsonDocument.Parse(OrganisationSchema.Generate());
        return document.RootElement.Clone();
    }

    private static JsonElement At(JsonElement root, string path) =>
        TryAt(root, path) ?? throw new Xunit.Sdk.XunitException($"The schema has no field at {path}.");

    /// <summary>The subschema of a dotted path; <c>suppliers[]</c> steps into the list's items.</summary>
    private static JsonElement? TryAt(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            var isItem = segment.EndsWith("[]", StringComparison.Ordinal);
            var name = isItem ? segment[..^2] : segment;
            if (!current.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(name, out current))
            {
                return null;
            }

            if (isItem && !current.TryGetProperty("items", out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The strings of a JSON array (or a single string); a JSON null reads as <see cref="Null"/>.</summary>
    private static string[] Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? Null : e.GetString()!).ToArray() : [array.GetString()!];

    private static void CollectObjects(JsonElement schema, string path, List<(string Path, JsonElement Schema)> objects)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            objects.Add((path, schema));
            foreach (var property in properties.EnumerateObject())
            {
                CollectObjects(property.Value, path + "." + property.Name, objects);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            CollectObjects(items, path + "[]", objects);
        }
    }
}

namespace NormsEngine.TestSupport.Generation;

/// <summary>The sections from <c>lifecycle</c> to <c>norms</c>.</summary>
internal sealed partial class DocumentWriter
{
    private void WriteLifecycle(DrawnRoles roles, int stem)
    {
        if (!Chance(roles.Software ? 0.85 : 0.12))
        {
            return;
        }

        _yaml.Open("lifecycle");
        if (Chance(0.9))
        {
            _yaml.Open("sdlc");
            _yaml.Field("documented", Chance(0.75));
            _yaml.Close();
        }

        if (Chance(0.85))
        {
            _yaml.Open("sbom");
            var produced = Chance(0.55);
            _yaml.Field("produced", produced);
            if (produced && Chance(0.7))
            {
                _yaml.Field("format", Chance(0.5) ? "spdx" : "cyclonedx");
            }

            _yaml.Close();
        }

        if (Chance(0.9))
        {
            _yaml.Open("disclosure");
            var published = Chance(0.7);
            _yaml.Field("published", published);
            if (published && Chance(0.8))
            {
                _yaml.Field("url", "https://www." + Vocabulary.Slugs[stem] + ".example/security/disclosure");
            }

            MaybeBool("securityTxt", 0.8, published ? 0.6 : 0.1);
            _yaml.Close();
        }

        _yaml.Close();
    }

    private void WriteSupplyChain(int? forced)
    {
        if (forced is null && !Chance(0.8))
        {
            return;
        }

        _yaml.Open("supplyChain");
        MaybeBool("supplierInventory", 0.88, 0.75);
        var count = forced ?? (Chance(0.15) ? 0 : _random.Next(1, 9));
        if (count == 0)
        {
            if (forced is not null || Chance(0.5))
            {
                _yaml.List("suppliers", Array.Empty<string>());
            }
        }
        else
        {
            _yaml.StartItems("suppliers");
            for (var i = 0; i < count; i++)
            {
                _yaml.StartItem();
                _yaml.Field("name", Pick(Vocabulary.Stems) + " " + Pick(Vocabulary.Trades) + " " + Pick(Vocabulary.LegalForms));
                MaybeBool("critical", 0.92, 0.4);
                MaybeBool("accessToProduction", 0.92, 0.5);
                MaybeBool("securityClauses", 0.88, 0.75);
                if (Chance(0.75))
                {
                    _yaml.Field("incidentNoticeHours", Pick([4, 12, 24, 24, 48, 72, 96, 168]));
                }

                if (Chance(0.75))
                {
                    _yaml.Date("lastAssessment", Ago(365));
                }

                _yaml.EndItem();
            }

            _yaml.EndItems();
        }

        _yaml.Close();
    }

    private void WriteIntellectualProperty(DrawnRoles roles)
    {
        if (!Chance(roles.Software || roles.TradeSecrets ? 0.85 : 0.15))
        {
            return;
        }

        _yaml.Open("intellectualProperty");
        MaybeBool("classificationScheme", 0.88, 0.7);
        if (Chance(0.85))
        {
            _yaml.Field("dlpCoverage", Pick(["none", "partial", "partial", "full"]));
        }

        MaybeBool("sourceCodeAccessRestricted", 0.85, 0.75);
        MaybeBool("encryptSensitiveAtRest", 0.85, 0.75);
        _yaml.Close();
    }

    private void WriteNonProliferation(DrawnRoles roles)
    {
        if (!Chance(roles.Research || roles.Offensive || roles.Intrusion ? 0.88 : 0.03))
        {
            return;
        }

        _yaml.Open("nonProliferation");
        if (Chance(0.88))
        {
            _yaml.Field("vulnerabilityDisposition", Pick(Vocabulary.Dispositions));
        }

        MaybeBool("disclosurePolicy", 0.85, 0.7);
        MaybeBool("toolInventory", 0.85, 0.7);
        MaybeBool("toolAccessRestricted", 0.85, 0.75);
        MaybeBool("customerDueDiligence", roles.Intrusion ? 0.9 : 0.3, 0.65);
        _yaml.Close();
    }

    private void WriteElections(DrawnRoles roles)
    {
        if (!Chance(roles.ElectionRoles.Count > 0 ? 0.88 : 0.03))
        {
            return;
        }

        _yaml.Open("elections");
        MaybeBool("liaisonWithNationalAuthority", 0.85, 0.75);
        if (Chance(0.85))
        {
            _yaml.Date("nextElection", _asOf.AddDays(_random.Next(-60, 600)));
        }

        if (Chance(0.8))
        {
            _yaml.Date("lastExercise", Ago(180));
        }

        if (Chance(0.8))
        {
            Percentage("staffPhishingResistantMfaPct", Chance(0.45) ? 200 : _random.Next(20, 200));
        }

        MaybeBool("influenceOperationResponse", 0.8, 0.65);
        _yaml.Close();
    }

    private void WriteHackBack(DrawnRoles roles)
    {
        if (!Chance(0.8))
        {
            return;
        }

        _yaml.Open("hackBack");
        MaybeBool("policyProhibits", 0.88, 0.8);
        if (Chance(0.85))
        {
            var practices = new List<string>();
            if (Chance(0.4))
            {
                foreach (var (name, chance) in Vocabulary.HackBackPractices)
                {
                    if (Chance(chance * 2))
                    {
                        practices.Add(name);
                    }
                }
            }

            _yaml.List("practices", practices);
        }

        if (Chance(0.25))
        {
            _yaml.Field("legalAuthority", Pick(["none", "none", "courtOrder", "lawEnforcementTasking"]));
        }

        MaybeBool("offersOffensiveResponse", roles.SecurityServices ? 0.85 : 0.1, roles.SecurityServices ? 0.15 : 0);
        _yaml.Close();
    }

    private void WriteNorms(DrawnRoles roles, int type)
    {
        if (!Chance(0.88))
        {
            return;
        }

        _yaml.Open("norms");
        if (Chance(0.85))
        {
            _yaml.Open("parisCall");
            var endorsed = Chance(0.45);
            _yaml.Field("endorsed", endorsed);
            if (endorsed && Chance(0.7))
            {
                var launch = new DateOnly(2018, 11, 12);
                _yaml.Date("since", launch.AddDays(_random.Next(0, _asOf.DayNumber - launch.DayNumber + 1)));
            }

            _yaml.Close();
        }

        if (Chance(roles.Csirt ? 0.85 : 0.2))
        {
            _yaml.Field("firstMembership", Pick(["none", "liaison", "associate", "full", "full"]));
        }

        if (Chance(roles.EssentialService ? 0.85 : 0.6))
        {
            _yaml.List("isacs", Chance(0.2) ? [] : Subset(Vocabulary.Isacs, 0.12, atLeastOne: true));
        }

        MaybeBool("sharesThreatIntel", 0.85, 0.7);
        if (Vocabulary.OrganisationTypes[type] == "stateAgency")
        {
            MaybeBool("confidenceBuildingContactPoint", 0.85, 0.7);
        }

        _yaml.Close();
    }
}

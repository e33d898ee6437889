using NormsEngine.Benchmarks.Agreement;
using NormsEngine.Model;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks.Floor;

/// <summary>
/// The performance floor: the 51 Paris Call checks (PC0101 to PC0905) written by hand as plain C# over the model,
/// giving exactly the outcomes the engine reports (same status, same YAML path, nothing when a rule does not apply).
/// </summary>
internal sealed class HandWrittenChecks
{
    private const string IncidentResponsePlanExists = "incidentResponse.plan.exists";
    private const string IncidentResponsePlanLastExercise = "incidentResponse.plan.lastExercise";
    private const string IncidentResponseEscalation = "incidentResponse.escalation";
    private const string ReportingNationalCsirt = "incidentResponse.reporting.nationalCsirt";
    private const string ReportingEarlyWarningHours = "incidentResponse.reporting.earlyWarningHours";
    private const string ReportingNotificationHours = "incidentResponse.reporting.notificationHours";
    private const string RetainerForbidsHackBack = "incidentResponse.retainer.forbidsHackBack";
    private const string BackupsOfflineOrImmutable = "resilience.backups.offlineOrImmutable";
    private const string BackupsLastRestoreTest = "resilience.backups.lastRestoreTest";
    private const string ResilienceRtoHours = "resilience.rtoHours";
    private const string ResilienceMaxTolerableDowntimeHours = "resilience.maxTolerableDowntimeHours";
    private const string RoutingRoaCoveragePct = "network.routing.roaCoveragePct";
    private const string RoutingCustomerPrefixFiltering = "network.routing.customerPrefixFiltering";
    private const string RoutingSourceAddressValidation = "network.routing.sourceAddressValidation";
    private const string RoutingPeeringDbCurrent = "network.routing.peeringDbCurrent";
    private const string RoutingRirContactsCurrent = "network.routing.rirContactsCurrent";
    private const string RoutingRovDropInvalid = "network.routing.rovDropInvalid";
    private const string DnsDnssecSignedPct = "network.dns.dnssecSignedPct";
    private const string ElectionsStaffMfaPct = "elections.staffPhishingResistantMfaPct";
    private const string ElectionsLiaison = "elections.liaisonWithNationalAuthority";
    private const string ElectionsLastExercise = "elections.lastExercise";
    private const string ElectionsInfluenceOperationResponse = "elections.influenceOperationResponse";
    private const string IpClassificationScheme = "intellectualProperty.classificationScheme";
    private const string IpDlpCoverage = "intellectualProperty.dlpCoverage";
    private const string IpSourceCodeAccessRestricted = "intellectualProperty.sourceCodeAccessRestricted";
    private const string IpEncryptSensitiveAtRest = "intellectualProperty.encryptSensitiveAtRest";
    private const string NpVulnerabilityDisposition = "nonProliferation.vulnerabilityDisposition";
    private const string NpDisclosurePolicy = "nonProliferation.disclosurePolicy";
    private const string NpToolInventory = "nonProliferation.toolInventory";
    private const string NpToolAccessRestricted = "nonProliferation.toolAccessRestricted";
    private const string NpCustomerDueDiligence = "nonProliferation.customerDueDiligence";
    private const string DisclosurePublished = "lifecycle.disclosure.published";
    private const string DisclosureSecurityTxt = "lifecycle.disclosure.securityTxt";
    private const string SbomProduced = "lifecycle.sbom.produced";
    private const string SdlcDocumented = "lifecycle.sdlc.documented";
    private const string SupplyChainSupplierInventory = "supplyChain.supplierInventory";
    private const string SupplierSecurityClauses = ".securityClauses";
    private const string SupplierIncidentNoticeHours = ".incidentNoticeHours";
    private const string SupplierLastAssessment = ".lastAssessment";
    private const string MfaExternalAppsPct = "hygiene.mfa.externalAppsPct";
    private const string MfaAdminPct = "hygiene.mfa.adminPct";
    private const string MfaRemoteAccessPct = "hygiene.mfa.remoteAccessPct";
    private const string PatchingOsCadenceDays = "hygiene.patching.osCadenceDays";
    private const string PatchingCriticalExternalSlaDays = "hygiene.patching.criticalExternalSlaDays";
    private const string InventoryHardware = "hygiene.inventory.hardware";
    private const string InventorySoftware = "hygiene.inventory.software";
    private const string InventoryLastReview = "hygiene.inventory.lastReview";
    private const string TrainingAnnualCompletionPct = "hygiene.training.annualCompletionPct";
    private const string HygieneEndOfLifeSoftwareCount = "hygiene.endOfLifeSoftwareCount";
    private const string HackBackPractices = "hackBack.practices";
    private const string HackBackPolicyProhibits = "hackBack.policyProhibits";
    private const string HackBackOffersOffensiveResponse = "hackBack.offersOffensiveResponse";
    private const string NormsParisCallEndorsed = "norms.parisCall.endorsed";
    private const string NormsFirstMembership = "norms.firstMembership";
    private const string NormsIsacs = "norms.isacs";
    private const string NormsConfidenceBuildingContactPoint = "norms.confidenceBuildingContactPoint";
    private const string NormsSharesThreatIntel = "norms.sharesThreatIntel";

    private readonly int _maxEarlyWarningHours;
    private readonly int _maxNotificationHours;
    private readonly int _exerciseMaxAgeDays;
    private readonly int _restoreTestMaxAgeDays;
    private readonly int _preElectionExerciseWindowDays;
    private readonly int _supplierAssessmentMaxAgeDays;
    private readonly int _patchCadenceDays;
    private readonly int _criticalPatchSlaDays;
    private readonly int _inventoryReviewMaxAgeDays;
    private readonly decimal _trainingCompletionPct;

    /// <summary>Creates the checks with the given thresholds; a threshold they do not name keeps the pack's default.</summary>
    /// <param name="thresholds">Thresholds by name (<see cref="ParisCallThresholds"/>); default: the pack's defaults.</param>
    public HandWrittenChecks(IReadOnlyDictionary<string, decimal>? thresholds = null)
    {
        thresholds ??= ParisCallThresholds.Defaults;

        // The engine reads day and hour thresholds as whole numbers (Thresholds.Whole truncates) and the percentage as is.
        _maxEarlyWarningHours = Whole(thresholds, ParisCallThresholds.MaxEarlyWarningHours);
        _maxNotificationHours = Whole(thresholds, ParisCallThresholds.MaxNotificationHours);
        _exerciseMaxAgeDays = Whole(thresholds, ParisCallThresholds.ExerciseMaxAgeDays);
        _restoreTestMaxAgeDays = Whole(thresholds, ParisCallThresholds.RestoreTestMaxAgeDays);
        _preElectionExerciseWindowDays = Whole(thresholds, ParisCallThresholds.PreElectionExerciseWindowDays);
        _supplierAssessmentMaxAgeDays = Whole(thresholds, ParisCallThresholds.SupplierAssessmentMaxAgeDays);
        _patchCadenceDays = Whole(thresholds, ParisCallThresholds.PatchCadenceDays);
        _criticalPatchSlaDays = Whole(thresholds, ParisCallThresholds.CriticalPatchSlaDays);
        _inventoryReviewMaxAgeDays = Whole(thresholds, ParisCallThresholds.InventoryReviewMaxAgeDays);
        _trainingCompletionPct = thresholds.TryGetValue(ParisCallThresholds.TrainingCompletionPct, out var pct) ? pct : ParisCallThresholds.Defaults[ParisCallThresholds.TrainingCompletionPct];
    }

    /// <summary>Runs every check on one organisation.</summary>
    /// <param name="organisation">The organisation, with its suppliers.</param>
    /// <param name="asOf">The date every age check compares with.</param>
    /// <returns>The outcomes, sorted by rule, path and status.</returns>
    public List<CheckOutcome> Evaluate(Organisation organisation, DateOnly asOf)
    {
        var o = organisation;
        var suppliers = o.SupplyChain.Suppliers;
        var outcomes = new List<CheckOutcome>(64 + (suppliers is null ? 0 : 3 * suppliers.Count));
        var today = asOf.DayNumber;
        var roles = o.Roles;

        // Scopes (Scopes.cs), computed once.
        var nis2 = roles.Nis2Entity is Nis2Entity.Important or Nis2Entity.Essential;
        var essential = roles.CriticalInfrastructure || nis2;
        var ispOrTransit = false;
        var transitProvider = false;
        if (o.Network.Kinds is { } kinds)
        {
            for (var i = 0; i < kinds.Count; i++)
            {
                switch (kinds[i])
                {
                    case NetworkKind.Isp or NetworkKind.Transit:
                        ispOrTransit = true;
                        transitProvider = true;
                        break;
                    case NetworkKind.CdnCloud:
                        transitProvider = true;
                        break;
                }
            }
        }

        var dnsOperator = false;
        if (o.Network.Dns.Roles is { } dnsRoles)
        {
            for (var i = 0; i < dnsRoles.Count; i++)
            {
                if (dnsRoles[i] is DnsRole.Authoritative or DnsRole.Registry)
                {
                    dnsOperator = true;
                    break;
                }
            }
        }

        var networkOperator = o.Network.Asns is { Count: > 0 };
        var electionRoles = roles.ElectionRoles;
        var electionCore = false;
        var electionInformation = false;
        for (var i = 0; i < electionRoles.Count; i++)
        {
            switch (electionRoles[i])
            {
                case ElectionRole.ElectionBody or ElectionRole.Party or ElectionRole.Campaign:
                    electionCore = true;
                    break;
                case ElectionRole.Platform or ElectionRole.Media:
                    electionInformation = true;
                    break;
            }
        }

        var stateAgency = o.Metadata.Type == OrganisationType.StateAgency;
        var planExists = o.IncidentResponse.Plan.Exists == true;

        // P1: individuals and infrastructure.
        var reporting = o.IncidentResponse.Reporting;
        if (essential)
        {
            Decide(outcomes, "PC0101", IncidentResponsePlanExists, IsFalse(o.IncidentResponse.Plan.Exists));

            // PC0102: national CSIRT OR notification too late OR (NIS2) early warning too late.
            var csirt = reporting.NationalCsirt is null ? (bool?)null : string.IsNullOrWhiteSpace(reporting.NationalCsirt);
            var notification = Above(reporting.NotificationHours, _maxNotificationHours);
            if (csirt == true)
            {
                Add(outcomes, "PC0102", CheckStatus.Failed, ReportingNationalCsirt);
            }
            else if (notification == true)
            {
                Add(outcomes, "PC0102", CheckStatus.Failed, ReportingNotificationHours);
            }
            else
            {
                var earlyWarning = nis2 ? Above(reporting.EarlyWarningHours, _maxEarlyWarningHours) : false;
                if (earlyWarning == true)
                {
                    Add(outcomes, "PC0102", CheckStatus.Failed, ReportingEarlyWarningHours);
                }
                else if (csirt is null)
                {
                    Add(outcomes, "PC0102", CheckStatus.InsufficientData, ReportingNationalCsirt);
                }
                else if (notification is null)
                {
                    Add(outcomes, "PC0102", CheckStatus.InsufficientData, ReportingNotificationHours);
                }
                else if (earlyWarning is null)
                {
                    Add(outcomes, "PC0102", CheckStatus.InsufficientData, ReportingEarlyWarningHours);
                }
                else
                {
                    Add(outcomes, "PC0102", CheckStatus.Passed, ReportingNationalCsirt);
                }
            }

            Decide(outcomes, "PC0104", BackupsOfflineOrImmutable, IsFalse(o.Resilience.Backups.OfflineOrImmutable));

            if (o.Resilience.RtoHours is not { } rto)
            {
                Add(outcomes, "PC0106", CheckStatus.InsufficientData, ResilienceRtoHours);
            }
            else if (o.Resilience.MaxTolerableDowntimeHours is not { } maxDowntime)
            {
                Add(outcomes, "PC0106", CheckStatus.InsufficientData, ResilienceMaxTolerableDowntimeHours);
            }
            else
            {
                Add(outcomes, "PC0106", rto > maxDowntime ? CheckStatus.Failed : CheckStatus.Passed, ResilienceRtoHours);
            }
        }

        if (planExists)
        {
            Decide(outcomes, "PC0103", IncidentResponsePlanLastExercise, Above(Age(today, o.IncidentResponse.Plan.LastExercise), _exerciseMaxAgeDays));
        }

        Decide(outcomes, "PC0105", BackupsLastRestoreTest, Above(Age(today, o.Resilience.Backups.LastRestoreTest), _restoreTestMaxAgeDays));

        // P2: the public core of the Internet.
        var routing = o.Network.Routing;
        if (networkOperator)
        {
            var roa = routing.RoaCoveragePct;
            Decide(outcomes, "PC0201", RoutingRoaCoveragePct, roa is { } r1 ? r1 == 0 : null);
            Decide(outcomes, "PC0202", RoutingRoaCoveragePct, roa is { } r2 ? r2 > 0 && r2 < 100 : null);
            Decide(outcomes, "PC0204", RoutingSourceAddressValidation, IsFalse(routing.SourceAddressValidation));
            Either(outcomes, "PC0205", RoutingPeeringDbCurrent, IsFalse(routing.PeeringDbCurrent), RoutingRirContactsCurrent, IsFalse(routing.RirContactsCurrent));
        }

        if (transitProvider)
        {
            Decide(outcomes, "PC0203", RoutingCustomerPrefixFiltering, IsFalse(routing.CustomerPrefixFiltering));
        }

        if (ispOrTransit)
        {
            Decide(outcomes, "PC0206", RoutingRovDropInvalid, IsFalse(routing.RovDropInvalid));
        }

        if (dnsOperator)
        {
            Decide(outcomes, "PC0207", DnsDnssecSignedPct, Below(o.Network.Dns.DnssecSignedPct, 100));
        }

        // P3: elections.
        var elections = o.Elections;
        if (electionCore)
        {
            Decide(outcomes, "PC0301", ElectionsStaffMfaPct, Below(elections.StaffPhishingResistantMfaPct, 100));
        }

        if (electionRoles.Count > 0)
        {
            Decide(outcomes, "PC0302", ElectionsLiaison, IsFalse(elections.LiaisonWithNationalAuthority));
            if (elections.NextElection is { } next && next.DayNumber >= today && next.DayNumber - today <= 365)
            {
                Decide(outcomes, "PC0303", ElectionsLastExercise, Above(Age(today, elections.LastExercise), _preElectionExerciseWindowDays));
            }
        }

        if (electionInformation)
        {
            Decide(outcomes, "PC0304", ElectionsInfluenceOperationResponse, IsFalse(elections.InfluenceOperationResponse));
        }

        // P4: intellectual property.
        var ip = o.IntellectualProperty;
        if (roles.HoldsTradeSecrets || roles.DevelopsSoftware)
        {
            Decide(outcomes, "PC0401", IpClassificationScheme, IsFalse(ip.ClassificationScheme));
        }

        if (roles.HoldsTradeSecrets)
        {
            Decide(outcomes, "PC0402", IpDlpCoverage, ip.DlpCoverage is { } dlp ? dlp == DlpCoverage.None : null);
            Decide(outcomes, "PC0404", IpEncryptSensitiveAtRest, IsFalse(ip.EncryptSensitiveAtRest));
        }

        if (roles.DevelopsSoftware)
        {
            Decide(outcomes, "PC0403", IpSourceCodeAccessRestricted, IsFalse(ip.SourceCodeAccessRestricted));
        }

        // P5: non-proliferation.
        var np = o.NonProliferation;
        if (roles.SecurityResearch || roles.OffensiveTooling || roles.SellsIntrusionCapabilities)
        {
            Decide(
                outcomes,
                "PC0501",
                NpVulnerabilityDisposition,
                np.VulnerabilityDisposition is { } d ? d is VulnerabilityDisposition.SoldToBroker or VulnerabilityDisposition.Stockpiled : null);
        }

        if (roles.SecurityResearch)
        {
            Decide(outcomes, "PC0502", NpDisclosurePolicy, IsFalse(np.DisclosurePolicy));
        }

        if (roles.OffensiveTooling)
        {
            Either(outcomes, "PC0503", NpToolInventory, IsFalse(np.ToolInventory), NpToolAccessRestricted, IsFalse(np.ToolAccessRestricted));
        }

        if (roles.SellsIntrusionCapabilities)
        {
            Decide(outcomes, "PC0504", NpCustomerDueDiligence, IsFalse(np.CustomerDueDiligence));
        }

        // P6: lifecycle and supply chain.
        var lifecycle = o.Lifecycle;
        if (roles.DevelopsSoftware)
        {
            Decide(outcomes, "PC0601", DisclosurePublished, IsFalse(lifecycle.Disclosure.Published));
            if (lifecycle.Disclosure.Published == true)
            {
                Decide(outcomes, "PC0602", DisclosureSecurityTxt, IsFalse(lifecycle.Disclosure.SecurityTxt));
            }

            Decide(outcomes, "PC0603", SbomProduced, IsFalse(lifecycle.Sbom.Produced));
            Decide(outcomes, "PC0604", SdlcDocumented, IsFalse(lifecycle.Sdlc.Documented));
        }

        if (suppliers is not null)
        {
            // PC0606's limit: the organisation's early warning if declared, else its full notification.
            var noticeLimit = reporting.EarlyWarningHours ?? reporting.NotificationHours;
            for (var i = 0; i < suppliers.Count; i++)
            {
                var s = suppliers[i];
                if (s.Critical == true)
                {
                    var path = s.Path;
                    Decide(outcomes, "PC0605", path + SupplierSecurityClauses, IsFalse(s.SecurityClauses));
                    if (essential)
                    {
                        if (s.IncidentNoticeHours is not { } notice)
                        {
                            Add(outcomes, "PC0606", CheckStatus.InsufficientData, path + SupplierIncidentNoticeHours);
                        }
                        else if (noticeLimit is not { } limit)
                        {
                            // Located at the supplier itself when only the organisation's times are missing.
                            Add(outcomes, "PC0606", CheckStatus.InsufficientData, path);
                        }
                        else
                        {
                            Add(outcomes, "PC0606", notice > limit ? CheckStatus.Failed : CheckStatus.Passed, path + SupplierIncidentNoticeHours);
                        }
                    }
                }

                if (s.AccessToProduction == true)
                {
                    Decide(outcomes, "PC0608", s.Path + SupplierLastAssessment, Above(Age(today, s.LastAssessment), _supplierAssessmentMaxAgeDays));
                }
            }
        }

        Decide(outcomes, "PC0607", SupplyChainSupplierInventory, IsFalse(o.SupplyChain.SupplierInventory));

        // P7: cyber hygiene.
        var hygiene = o.Hygiene;
        Decide(outcomes, "PC0701", MfaExternalAppsPct, Below(hygiene.Mfa.ExternalAppsPct, 100));
        Decide(outcomes, "PC0702", MfaAdminPct, Below(hygiene.Mfa.AdminPct, 100));
        Decide(outcomes, "PC0703", MfaRemoteAccessPct, Below(hygiene.Mfa.RemoteAccessPct, 100));
        Decide(outcomes, "PC0704", PatchingOsCadenceDays, Above(hygiene.Patching.OsCadenceDays, _patchCadenceDays));
        if (essential || roles.InternetFacing)
        {
            Decide(outcomes, "PC0705", PatchingCriticalExternalSlaDays, Above(hygiene.Patching.CriticalExternalSlaDays, _criticalPatchSlaDays));
        }

        var inventory = hygiene.Inventory;
        var hardware = IsFalse(inventory.Hardware);
        var software = IsFalse(inventory.Software);
        var review = Above(Age(today, inventory.LastReview), _inventoryReviewMaxAgeDays);
        if (hardware == true)
        {
            Add(outcomes, "PC0706", CheckStatus.Failed, InventoryHardware);
        }
        else if (software == true)
        {
            Add(outcomes, "PC0706", CheckStatus.Failed, InventorySoftware);
        }
        else if (review == true)
        {
            Add(outcomes, "PC0706", CheckStatus.Failed, InventoryLastReview);
        }
        else if (hardware is null)
        {
            Add(outcomes, "PC0706", CheckStatus.InsufficientData, InventoryHardware);
        }
        else if (software is null)
        {
            Add(outcomes, "PC0706", CheckStatus.InsufficientData, InventorySoftware);
        }
        else if (review is null)
        {
            Add(outcomes, "PC0706", CheckStatus.InsufficientData, InventoryLastReview);
        }
        else
        {
            Add(outcomes, "PC0706", CheckStatus.Passed, InventoryHardware);
        }

        Decide(outcomes, "PC0707", TrainingAnnualCompletionPct, Below(hygiene.Training.AnnualCompletionPct, _trainingCompletionPct));
        Decide(outcomes, "PC0708", HygieneEndOfLifeSoftwareCount, Above(hygiene.EndOfLifeSoftwareCount, 0));

        // P8: no private hack back.
        var hackBack = o.HackBack;
        if (!stateAgency)
        {
            if (hackBack.Practices is not { } practices)
            {
                Add(outcomes, "PC0801", CheckStatus.InsufficientData, HackBackPractices);
            }
            else
            {
                var offensive = false;
                for (var i = 0; i < practices.Count; i++)
                {
                    if (practices[i] is HackBackPractice.AccessAttackerSystems or HackBackPractice.DisruptAttackerInfrastructure or HackBackPractice.DeleteDataOnAttackerSystems)
                    {
                        offensive = true;
                        break;
                    }
                }

                var unauthorised = hackBack.LegalAuthority is null or LegalAuthority.None;
                Add(outcomes, "PC0801", offensive && unauthorised ? CheckStatus.Failed : CheckStatus.Passed, HackBackPractices);
            }

            Decide(outcomes, "PC0802", HackBackPolicyProhibits, IsFalse(hackBack.PolicyProhibits));
            if (roles.SecurityServicesProvider)
            {
                Decide(outcomes, "PC0803", HackBackOffersOffensiveResponse, hackBack.OffersOffensiveResponse);
            }
        }

        if (planExists)
        {
            if (o.IncidentResponse.Escalation is not { } escalation)
            {
                Add(outcomes, "PC0804", CheckStatus.InsufficientData, IncidentResponseEscalation);
            }
            else
            {
                var reachesAuthority = false;
                for (var i = 0; i < escalation.Count; i++)
                {
                    if (escalation[i] is EscalationTarget.NationalCsirt or EscalationTarget.LawEnforcement)
                    {
                        reachesAuthority = true;
                        break;
                    }
                }

                Add(outcomes, "PC0804", reachesAuthority ? CheckStatus.Passed : CheckStatus.Failed, IncidentResponseEscalation);
            }
        }

        var retainer = o.IncidentResponse.Retainer;
        if (!string.IsNullOrWhiteSpace(retainer.Provider))
        {
            Decide(outcomes, "PC0805", RetainerForbidsHackBack, IsFalse(retainer.ForbidsHackBack));
        }

        // P9: international norms.
        var norms = o.Norms;
        Decide(outcomes, "PC0901", NormsParisCallEndorsed, IsFalse(norms.ParisCall.Endorsed));
        if (roles.HasCsirt)
        {
            Decide(outcomes, "PC0902", NormsFirstMembership, norms.FirstMembership is { } first ? first == FirstMembership.None : null);
        }

        if (essential)
        {
            Decide(outcomes, "PC0903", NormsIsacs, norms.Isacs is { } isacs ? isacs.Count == 0 : null);
        }

        if (stateAgency)
        {
            Decide(outcomes, "PC0904", NormsConfidenceBuildingContactPoint, IsFalse(norms.ConfidenceBuildingContactPoint));
        }

        Decide(outcomes, "PC0905", NormsSharesThreatIntel, IsFalse(norms.SharesThreatIntel));

        outcomes.Sort();
        return outcomes;
    }

    private static int Whole(IReadOnlyDictionary<string, decimal> thresholds, string name) =>
        (int)(thresholds.TryGetValue(name, out var value) ? value : ParisCallThresholds.Defaults[name]);

    private static int? Age(int today, DateOnly? date) => date is { } d ? today - d.DayNumber : null;

    private static bool? IsFalse(bool? value) => value is { } v ? !v : null;

    private static bool? Above(int? value, int limit) => value is { } v ? v > limit : null;

    private static bool? Below(decimal? value, decimal limit) => value is { } v ? v < limit : null;

    private static void Add(List<CheckOutcome> outcomes, string ruleId, CheckStatus status, string path) =>
        outcomes.Add(new CheckOutcome(ruleId, status, path));

    /// <summary>One condition: true fails, false passes, unknown is insufficient data, all at <paramref name="path"/>.</summary>
    private static void Decide(List<CheckOutcome> outcomes, string ruleId, string path, bool? fails) =>
        outcomes.Add(new CheckOutcome(
            ruleId,
            fails switch { true => CheckStatus.Failed, false => CheckStatus.Passed, _ => CheckStatus.InsufficientData },
            path));

    /// <summary>Two OR-ed conditions: fails at the first true, else insufficient at the first unknown, else passes at the first.</summary>
    private static void Either(List<CheckOutcome> outcomes, string ruleId, string firstPath, bool? first, string secondPath, bool? second)
    {
        if (first == true)
        {
            Add(outcomes, ruleId, CheckStatus.Failed, firstPath);
        }
        else if (second == true)
        {
            Add(outcomes, ruleId, CheckStatus.Failed, secondPath);
        }
        else if (first is null)
        {
            Add(outcomes, ruleId, CheckStatus.InsufficientData, firstPath);
        }
        else if (second is null)
        {
            Add(outcomes, ruleId, CheckStatus.InsufficientData, secondPath);
        }
        else
        {
            Add(outcomes, ruleId, CheckStatus.Passed, firstPath);
        }
    }
}

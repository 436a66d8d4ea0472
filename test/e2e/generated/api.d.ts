/** Generated from /api/v1/openapi.json by openapi-typescript (npm run openapi:client); never edited by hand. */

export interface paths {
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases, filtered, sorted and paged, each with its next deadline; caseworkers and managers see their own LA only */
    get: operations['CasesController_list'];
    put?: never;
    /** Record a request for an EHC needs assessment; opens the case and starts its clocks */
    post: operations['RequestAssessmentController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/assessment/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide whether to carry out an EHC needs assessment (Reg 4, 5) */
    post: operations['DecideWhetherToAssessController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/assessment/advice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask a professional for advice (Reg 6); starts its 6-week clock (Reg 8(1)); returns adviceId */
    post: operations['RequestAdviceController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/assessment/advice/{adviceId}/received': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record advice received; closes its 6-week clock */
    post: operations['ReceiveAdviceController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/assessment/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a lawful exception to the timescales; open clocks it covers show as excepted */
    post: operations['RecordTimescaleExceptionController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/assessment/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide whether to issue an EHC plan (Reg 10); issue-plan opens the plan in the ehcp context */
    post: operations['DecidePlanIssueController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase the child's personal data: destroys the case's data key; the record stays and still verifies */
    post: operations['ErasePersonalDataController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/retention/sweep': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase now every case whose retention period has ended, instead of waiting for the next scheduled sweep */
    post: operations['RetentionSweepController_sweep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the draft EHC plan (Reg 13(1)); section F must be specified and quantified, section I is not in a draft (CFA s.38(5)); answers with the outcomes and their ids and the qualityFindings */
    post: operations['IssueDraftPlanController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/representations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the family's representations on the draft plan (Reg 13), or on the open amendment notice (Reg 22(2)) */
    post: operations['ReceiveRepresentationsController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/family/plan/representations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send your representations on the draft plan (Reg 13), or on proposed amendments (Reg 22(2)), received today */
    post: operations['FamilyRepresentationsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/final': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the final EHC plan (Reg 13(2), 14); 422 EHCP.REPRESENTATION_PERIOD_OPEN or EHCP.SECTION_I_REQUIRED */
    post: operations['IssueFinalPlanController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current plan (latest issued version, draft or final, amended versions included), in full, with its qualityFindings; with a final plan, its reviews, open amendment notice, phase transfers, the transfers proposed from the date of birth and advisory reminders */
    get: operations['GetPlanController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/versions/{n}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One issued version of the plan, in full */
    get: operations['GetPlanController_version'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer the EHC plan to the LA the child moved to (Reg 15(2)); by the LA that maintains it; starts transfer-plan; returns transferId; 422 EHCP.TRANSFER_TO_SAME_LA, EHCP.TRANSFER_NEEDS_FINAL_PLAN or EHCP.TRANSFER_ALREADY_PENDING */
    post: operations['TransferPlanController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/transfer/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a transferred EHC plan (Reg 15(3)); by the LA it is going to, which then holds the case; starts transfer-notice and transfer-review; 422 EHCP.NO_TRANSFER_PENDING or EHCP.TRANSFER_NOT_TO_YOUR_LA */
    post: operations['TransferPlanController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/transfer/notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the new LA’s notice to the family (Reg 15(4)); by the LA that accepted the transfer; meets or closes late transfer-notice; 422 EHCP.NO_ACCEPTED_TRANSFER, EHCP.TRANSFER_NOTICE_ALREADY_SENT or EHCP.TRANSFER_NOTICE_BEFORE_TRANSFER */
    post: operations['TransferPlanController_notice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/transfer/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a transfer the new LA has not accepted (the family did not move); by the old LA; transfer-plan stops applying and the new LA no longer sees the case; 422 EHCP.NO_TRANSFER_PENDING or EHCP.TRANSFER_WITHDRAWN_BEFORE_LEARNED */
    post: operations['TransferPlanController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the review meeting (CFA s.44, Reg 20); starts review-report and review-decision; returns reviewId */
    post: operations['RecordReviewController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/reviews/{reviewId}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The report of the review meeting was sent (Reg 20(7)); closes review-report */
    post: operations['RecordReviewController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/reviews/{reviewId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The LA's decision after the review (Reg 20(10)): maintain, amend (the Reg 22 notice) or cease; concludes the review and starts the next annual-review. 422 EHCP.UNKNOWN_OUTCOME, EHCP.PLAN_NOT_FINAL */
    post: operations['RecordReviewController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/amendment-notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Notice of proposed amendments outside a review (Reg 22); starts amendment-representations and amended-plan */
    post: operations['AmendPlanController_notice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/amended': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the amended final plan (Reg 22(3)), a new version; 422 EHCP.REPRESENTATION_PERIOD_OPEN while the 15 days run */
    post: operations['AmendPlanController_amended'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/not-amending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The LA decides not to amend after its notice (Reg 22(4)); closes the notice clocks */
    post: operations['AmendPlanController_notAmending'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/phase-transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A transfer between phases (Reg 18): starts phase-transfer, met by an amended plan naming the setting; returns transferId */
    post: operations['PhaseTransferController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/cease': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide to cease the EHC plan after the consultation (CFA s.45, Reg 31); the plan stays maintained (status ceasing) until the time to appeal ends with no appeal, or the tribunal dismisses the appeal. 422 EHCP.PLAN_NOT_FINAL, EHCP.CONSULTATION_AFTER_DECISION, EHCP.CEASE_ALREADY_DECIDED, EHCP.PLAN_CEASED; the reason against the age and reviews (Regs 29–30, CFA s.46): EHCP.CEASE_UNDER_18_NOT_IN_EDUCATION, EHCP.CEASE_NEEDS_REVIEW, EHCP.CEASE_BEFORE_MAXIMUM_AGE */
    post: operations['CeasePlanController_cease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/ceasing/sweep': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cease now every plan whose time to appeal the cease decision has ended with no appeal, instead of waiting for the next scheduled sweep */
    post: operations['CeaseSweepController_sweep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/reassessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a request for a re-assessment (Reg 24); starts reassessment-decision (15 days, Reg 25(1)); returns reassessmentId. 422 EHCP.PLAN_NOT_FINAL, EHCP.REASSESSMENT_IN_PROGRESS, EHCP.PLAN_CEASED */
    post: operations['ReassessmentController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/reassessment/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide whether to re-assess (Reg 25); reassess starts reassessment-final-plan (14 weeks, Reg 27(2)) and allows a new draft and final plan; refuse is appealable (CFA s.51(2)(d)). 422 EHCP.NO_REASSESSMENT_REQUEST, EHCP.REASSESSMENT_ALREADY_DECIDED, EHCP.DECISION_BEFORE_REQUEST */
    post: operations['ReassessmentController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/reassessment/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a lawful exception to the re-assessment’s 14 weeks (Reg 27(3)): the running reassessment-final-plan clock shows excepted and keeps its due date; returns exceptionId. 422 EHCP.NOT_REASSESSING, EHCP.EXCEPTION_NOT_APPLICABLE, EHCP.EXCEPTION_GROUND_NOT_MET, EHCP.EXCEPTION_PERIOD_INVALID, EHCP.REASSESSMENT_ALREADY_EXCEPTED */
    post: operations['ReassessmentController_except'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's attachments, withdrawn ones included (status), in the order added */
    get: operations['AttachmentsReadController_list'];
    put?: never;
    /** Attach a photo or video (JPEG, PNG, WebP, MP4, WebM) to the case or a plan section; multipart/form-data */
    post: operations['AttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/attachments/{attachmentId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw an attachment; with removeBytes its file is removed too (erasure), the record stays */
    post: operations['AttachmentsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/plan/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The plan in the published format (docs/plan-format.md, docs/plan-format/ehc-plan.v1.schema.json): every version in full, the child, its sha256 (also in X-Plan-SHA256) and its provenance; readable by the LA a transfer is pending to, which imports it (POST /api/v1/plan-imports) */
    get: operations['ExportPlanController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plan-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import an EHC plan exported by another council (GET …/plan/export, docs/plan-format.md): validated against the published schema (400 naming JSON pointers), its sha256 checked (422 EHCP.IMPORT_HASH_MISMATCH); starts a case of the caseworker’s LA with the plan as its starting version and its provenance; the same plan again records nothing and answers 200 with the same caseId */
    post: operations['ImportPlanController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/context': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every setting of an LA with its cohort's SEND make-up and its results data */
    get: operations['GetSettingContextController_forLa'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/{settingId}/context': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One setting's cohort by SEN2 primary need beside its results data; 404 PLACEMENT.SETTING_NOT_FOUND */
    get: operations['GetSettingContextController_forSetting'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import the next version of an LA's results data for its settings (a CSV in JSON); supersedes the last */
    post: operations['ImportSettingResultsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The settings registry, optionally for one LA, with places taken and free */
    get: operations['ListSettingsController_list'];
    put?: never;
    /** Register a setting in the LA's registry (green paper ch. 3); returns settingId */
    post: operations['RegisterSettingController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/{settingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One setting, read from its own stream */
    get: operations['ListSettingsController_one'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/{settingId}/senco': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the setting's SENCo; starts the 3-year qualification clock (SEND Regs 2014 reg 49) */
    post: operations['AppointSencoController_appoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/{settingId}/senco/qualification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the SENCo gained the qualification; closes the senco-qualification clock */
    post: operations['RecordSencoQualifiedController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/{settingId}/senco/head-satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the head's satisfaction that the SENCo's qualification is under way */
    post: operations['RecordHeadSatisfiedController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inclusion-plans/{la}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An LA's local inclusion plan: the version in force (or latest) and every version's date */
    get: operations['GetInclusionPlanController_get'];
    /** Publish the next version of the LA's local inclusion plan (green paper ch. 3) */
    put: operations['PublishInclusionPlanController_publish'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/tailored-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Settings from the LA's local inclusion plan (and its partners') that fit the child's need, age and phase */
    get: operations['GetTailoredListController_list'];
    put?: never;
    /** Record the tailored list given to the family, with why each setting is on it (green paper ch. 3) */
    post: operations['ProduceTailoredListController_produce'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's placement: status (none, open, allocated), tailored lists produced, preferences, consultations and answers, allocation, directions and phase transfer rounds; empty when nothing is recorded yet */
    get: operations['GetPlacementController_placement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the family's ranked preferences; a new ranking replaces the last until a place is allocated */
    post: operations['ExpressPreferencesController_express'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/family/placement/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send your ranked preferences for a school or college; a new ranking replaces the last until a place is allocated */
    post: operations['FamilyPreferencesController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/consultations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Consult a setting about being named (CFA s.39(2)); starts its 15-day answer clock (CoP 9); returns consultationId */
    post: operations['ConsultSettingController_consult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/consultations/{consultationId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the setting's answer to a consultation; cannot-meet cites CFA s.39(4) grounds */
    post: operations['AnswerConsultationController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/allocate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Allocate the first setting in preference order with a place and no upheld objection; the place is taken on the setting's own stream, so two children never take the same last place. Section I follows in ehcp (eventually). */
    post: operations['AllocatePlaceController_allocate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/direction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Direct an academy trust to admit the child (the backstop); 422 PLACEMENT.NOT_AN_ACADEMY otherwise */
    post: operations['DirectAdmissionController_direct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/direction/appeal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the trust's appeal against the direction to the Office of the Schools Adjudicator */
    post: operations['LodgeDirectionAppealController_lodge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/placement/direction/appeal/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the Office of the Schools Adjudicator's decision on the trust's appeal */
    post: operations['DecideDirectionAppealController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case’s disputes, the family’s appeal rights and any panel recommendations */
    get: operations['GetDisputesController_list'];
    put?: never;
    /** Record a disagreement with a decision letter; returns disputeId. Opens the appeal window (HESC Rules r.20(1)) unless that decision already did; 422 MEDIATION.ISSUES_FROM_DIFFERENT_DECISIONS */
    post: operations['RaiseDisputeController_raise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/disputes/{disputeId}/mediation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a mediation step. declined: certificate due in 3 working days (Reg 34); requested: mediation within 30 days (Reg 37); not-arranged: the LA cannot arrange mediation within the 30 days, the certificate is owed in 3 working days and the appeal window moves; held: certificate due in 3 working days (Reg 39); agreement: with order, the order’s compliance clocks (Reg 42(2)), else comply within 2 weeks (Reg 42(3)), or by agreedDueOn (Reg 42(5)) */
    post: operations['RecordMediationStepController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/disputes/{disputeId}/agreement/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that what a mediation agreement on non-appealable issues required was done (Reg 42(3)): closes its agreement-compliance clock, met or late. An agreement that counts as an order (Reg 42(2)) is met by the acts that do the work: 422 MEDIATION.AGREEMENT_MET_BY_ACTS */
    post: operations['RecordAgreementDoneController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/disputes/{disputeId}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the mediation certificate (CFA 2014 s.55); the appeal window becomes the later of its two limits */
    post: operations['RecordCertificateController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/disputes/{disputeId}/appeal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an appeal registered with the tribunal. 422 MEDIATION.CERTIFICATE_REQUIRED when the deployment’s MEDIATION_POLICY needs a certificate (current-law, CFA 2014 s.55; not for section I only) or mediation held (mandatory-mediation), details.needs saying which; 422 MEDIATION.APPEAL_OUT_OF_TIME after the window unless extensionGranted */
    post: operations['RegisterAppealController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/disputes/{disputeId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a tribunal order; returns orderId and starts its Reg 44(2) compliance deadlines (order-compliance). They close when the assessment and plan services record the acts, eventually consistent in the distributed mode */
    post: operations['RecordTribunalOrderController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/disputes/{disputeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dispute: its mediation, certificate, appeal and orders */
    get: operations['GetDisputesController_one'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/funding/bands': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The national bands and the notional SEN threshold in force (illustrative until DfE publishes figures) */
    get: operations['GetReferenceDataController_bands'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/funding/tariffs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The national tariffs in force, weeks open by setting type, place funding, and how they are counted */
    get: operations['GetReferenceDataController_tariffs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/funding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Band, tariff lines, local adjustments, annual cost and the element 2 / element 3 split
     * @description Priced by the funding context when the ehcp context issues a final or amended plan. In the distributed mode this follows the plan eventually: until then the answer is 404 FUNDING.NOT_PRICED.
     */
    get: operations['GetFundingController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/funding/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a local adjustment to the top-up, with its reason and approver; 422 FUNDING.APPROVER_MUST_DIFFER, FUNDING.PLAN_NOT_PRICED */
    post: operations['ApplyLocalAdjustmentController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/funding/budgets/{la}/{financialYear}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The LA's high-needs budget, its commitments for the year (top-up and place funding) and risk flags
     * @description Commitments follow each priced plan and adjustment through the funding context, eventually in the distributed mode. A case counts once a year, at its latest commitment. risk.flags: 'over-budget', 'no-budget-set', 'timeliness-below-threshold'.
     */
    get: operations['GetHighNeedsBudgetController_get'];
    /** Set the LA's high-needs budget for a financial year (April to March) */
    put: operations['SetHighNeedsBudgetController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a username and password for a signed access token (demo users in demo mode; family accounts always)
     * @description After 5 wrong passwords for a username within 15 minutes, that username is refused with 429 AUTH.TOO_MANY_ATTEMPTS and a Retry-After header until the window ends.
     */
    post: operations['AuthController_token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Case summary: stage, child, plan, open deadlines */
    get: operations['CasesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every statutory deadline of the case with its status as of a date */
    get: operations['CasesController_deadlines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of the case across contexts, oldest first, with actor, reason and hashes */
    get: operations['AuditController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute each stream's hash chain and report the first broken link; hash each attachment's file against its recorded SHA-256 */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The state of each context for the case as of an instant, rebuilt from events only */
    get: operations['AuditController_replay'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/replay/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed in each context between two instants (after `from`, up to `to`), and the events that did it */
    get: operations['AuditController_replayDiff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every read of the case by an auditor or tribunal user, oldest first: who, when, what */
    get: operations['AuditController_accessLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What happened in the case across every context, oldest first, as a tribunal reads it */
    get: operations['TimelineController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/bundle.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case as a tribunal bundle: one indexed, paginated PDF with a verification code on every page */
    get: operations['BundleController_bundle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bundles/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the record a bundle was built from is still intact and unchanged; public, no personal data */
    get: operations['BundleController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/projections/{name}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rebuild one read model from position 0; answers when it has caught up */
    post: operations['AdminController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/deadlines/sweep': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record every breach due by today now, instead of waiting for the next scheduled sweep */
    post: operations['AdminController_sweep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open cases overdue by stage, and the 20-week timeliness of the manager's LA for a period */
    get: operations['TeamController_team'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboards/inclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Inclusion dashboard for a period: an LA's figures exact for its own users (management information), England and other LAs under disclosure control */
    get: operations['DashboardsController_inclusion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/sen2': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The LA's SEN2 return as known at the census date: one module as CSV, or the whole return as XML */
    get: operations['ReturnsController_return'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/sen2/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The SEN2 return's counts against the inclusion dashboard's, measure by measure */
    get: operations['ReturnsController_reconciliation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/family-invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite the family to see its case: a one-time code, shown in this answer only, good for 14 days
     * @description Only the SHA-256 of the code is kept. A retry with the same Idempotency-Key records nothing twice and answers without the code (`withheld: ["code"]`): issue a new invitation if the first answer was lost.
     */
    post: operations['FamilyInvitationsController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/family-access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The family's invitations (never their codes) and the accounts made from them */
    get: operations['FamilyInvitationsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/family-access/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke the family's access: every open invitation is withdrawn and every account closed at once */
    post: operations['FamilyInvitationsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/family/invitations/redeem': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Redeem an invitation once: makes a family account bound to that case and answers with a token for it; later sign in at POST /api/v1/auth/token */
    post: operations['FamilyInvitationsController_redeem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/family/case': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your case: what was decided, when, by whom and why; every deadline the council has and whether it was met; your own rights and their dates; and the plan
     * @description Every read is recorded in the case's access log; a read that cannot be recorded is refused (503).
     */
    get: operations['FamilyController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{caseId}/attachments/{attachmentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bytes of a live attachment, with its media type; never sniffed */
    get: operations['AttachmentsReadController_content'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the event store, the audit store, the bus and the read-model database answer */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (no personal data) */
    get: operations['HealthController_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The national SEND standards in force (a proposal, illustrative until DfE publishes standards) */
    get: operations['GetStandardsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of one national SEND standard, oldest first, with the dates each was in force */
    get: operations['GetStandardsController_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    FieldError: {
      /** @example child.dateOfBirth */
      field: string;
      /** @example dateOfBirth must be a date in the form YYYY-MM-DD */
      message: string;
    };
    Problem: {
      /** @example https://send-casework.example/problems/ehcp-section-i-required */
      type: string;
      /** @example Unprocessable request */
      title: string;
      /** @example 422 */
      status: number;
      /**
       * @description The stable code (docs/api.md "Stable codes")
       * @example EHCP.SECTION_I_REQUIRED
       */
      code: string;
      /** @example the final plan names the school or other institution in section I */
      detail: string;
      /** @description Every bad field (400; some 422s) */
      errors?: components['schemas']['FieldError'][];
    };
    ChildDto: {
      givenName: string;
      familyName: string;
      /** @example 2015-06-01 */
      dateOfBirth: string;
    };
    RequestAssessmentDto: {
      child: components['schemas']['ChildDto'];
      /**
       * @description DfE three-digit LA code
       * @example 202
       */
      la: string;
      /** @enum {string} */
      requestedBy: 'parent' | 'young-person' | 'setting' | 'other';
      /** @example 2024-02-29 */
      receivedOn: string;
    };
    WrittenEvent: {
      /** Format: uuid */
      id: string;
      /** @example AssessmentRequested */
      type: string;
    };
    WriteAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
    };
    PanelRecommendationDto: {
      /** @enum {string} */
      recommendation: 'assess' | 'refuse';
      /** @example 2024-03-28 */
      meetingOn: string;
    };
    StandardRefDto: {
      /** @example oap-slcn-primary */
      id: string;
      /** @example 2 */
      version: number;
    };
    DecideWhetherToAssessDto: {
      /** @enum {string} */
      decision: 'assess' | 'refuse';
      /** @example 2024-04-01 */
      decidedOn: string;
      reason: string;
      /** @description A multi-agency panel's recommendation, heard before deciding */
      panel?: components['schemas']['PanelRecommendationDto'];
      /** @description The national SEND standard relied on (GET /api/v1/standards), in force on decidedOn */
      standard?: components['schemas']['StandardRefDto'];
    };
    RequestAdviceDto: {
      /** @enum {string} */
      adviser: 'educational-psychologist' | 'health' | 'social-care' | 'setting' | 'other';
      /** @example 2024-04-02 */
      requestedOn: string;
    };
    AdviceRequestedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      adviceId: string;
    };
    ReceiveAdviceDto: {
      /** @example 2024-05-01 */
      receivedOn: string;
    };
    RecordTimescaleExceptionDto: {
      /**
       * @description Only the lawful grounds of Reg 5(4), 8(2), 10(4); a waiting list is not one
       * @enum {string}
       */
      ground:
        | 'school-closure'
        | 'early-years-closure'
        | 'exceptional-personal-circumstances'
        | 'absent-from-area'
        | 'missed-appointment';
      /** @example 2024-03-01 */
      from: string;
      /** @example 2024-04-15 */
      to?: string;
      evidence: string;
      familyNotified: boolean;
    };
    TimescaleExceptionRecordedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      exceptionId: string;
    };
    DecidePlanIssueDto: {
      /** @enum {string} */
      outcome: 'issue-plan' | 'no-plan';
      /** @example 2024-06-01 */
      decidedOn: string;
      reason: string;
      /** @description The national SEND standard relied on (GET /api/v1/standards), in force on decidedOn */
      standard?: components['schemas']['StandardRefDto'];
    };
    ErasePersonalDataDto: {
      /** @enum {string} */
      ground: 'retention-period-ended' | 'right-to-erasure' | 'court-order';
      /**
       * @description The legal basis, named: no personal data
       * @example UK GDPR Art. 17(1)(a)
       */
      source: string;
    };
    /** @description A text section (A, C, D, G, H1, H2, J) */
    PlanTextSection: {
      text: string;
    };
    /** @description B: the special educational needs */
    PlanSectionB: {
      /**
       * @description SEN2 / school census need code
       * @enum {string}
       */
      primaryNeed: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
      secondaryNeeds?: ('SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH')[];
      description: string;
    };
    /** @description One outcome of section E, with the id every later version keeps */
    PlanOutcome: {
      /**
       * @description Kept by every later version (docs/domain.md "Section E")
       * @example o-1
       */
      outcomeId: string;
      text: string;
      /**
       * @description Preparation for adulthood area (CoP 8.5)
       * @enum {string}
       */
      area?: 'education' | 'employment' | 'independent-living' | 'community' | 'health';
      /**
       * @description When it should be achieved
       * @example 2026-07-01
       */
      by?: string;
    };
    /** @description One line of F: what, how much, how often, by whom (CoP 9.69) */
    PlanProvisionItem: {
      provision: string;
      /** @description Hours each time; absent for provision that is not time-based */
      hours?: number;
      /** @example weekly */
      frequency: string;
      /** @description Who delivers it, by role */
      deliveredBy: string;
      /** @example 2025-04-01 */
      startsOn?: string;
      /** @description The national standard this provision goes beyond */
      beyondStandard?: components['schemas']['StandardRefDto'];
    };
    /** @description F: special educational provision */
    PlanSectionF: {
      items: components['schemas']['PlanProvisionItem'][];
    };
    /** @description I: the type of school or institution, and its name once one is named */
    PlanSectionI: {
      /** @enum {string} */
      type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
      /**
       * @description The setting’s URN or UKPRN
       * @example urn-100001
       */
      settingId?: string;
      name?: string;
    };
    /** @description One entry of K: advice or information gathered (Reg 12(1)(k)) */
    PlanAdvice: {
      title: string;
      from?: string;
      /** @example 2025-01-10 */
      date?: string;
    };
    /** @description Sections A to K by letter (Reg 12(1)(a)–(k); docs/api.md "The plan"); H is H1 (CSDPA 1970 s.2) and H2; I only on a final plan (CFA 2014 s.38(5)) */
    PlanSections: {
      A: components['schemas']['PlanTextSection'];
      B: components['schemas']['PlanSectionB'];
      C: components['schemas']['PlanTextSection'];
      D: components['schemas']['PlanTextSection'];
      /** @description E: the outcomes sought */
      E: components['schemas']['PlanOutcome'][];
      F: components['schemas']['PlanSectionF'];
      G: components['schemas']['PlanTextSection'];
      H1: components['schemas']['PlanTextSection'];
      H2: components['schemas']['PlanTextSection'];
      I?: components['schemas']['PlanSectionI'];
      J: components['schemas']['PlanTextSection'];
      /** @description K: the advice and information gathered */
      K: components['schemas']['PlanAdvice'][];
    };
    /** @description Sections A–K as sent (Reg 12): text sections as a string or { text }; E a list of outcomes, each a string or an outcome with or without its id (one string for the whole section is one outcome, as is the older { text, outcomes? }); F a list of provision items or { items }; K a list of advice, each a string or { title, from?, date? } (or one string, or { text }). I only on an amended plan (kept from the last version if left out): a draft that names one is refused 422 EHCP.SECTION_I_IN_DRAFT (CFA s.38(5)). */
    PlanSectionsInput: {
      A: string | components['schemas']['PlanTextSection'];
      B: components['schemas']['PlanSectionB'];
      C: string | components['schemas']['PlanTextSection'];
      D: string | components['schemas']['PlanTextSection'];
      E:
        | string
        | (string | components['schemas']['PlanOutcomeInput'])[]
        | {
            text: string;
            outcomes?: string[];
          };
      F: components['schemas']['PlanProvisionItem'][] | components['schemas']['PlanSectionF'];
      G: string | components['schemas']['PlanTextSection'];
      H1: string | components['schemas']['PlanTextSection'];
      H2: string | components['schemas']['PlanTextSection'];
      I?: components['schemas']['PlanSectionI'];
      J: string | components['schemas']['PlanTextSection'];
      K: string | (string | components['schemas']['PlanAdvice'])[] | components['schemas']['PlanTextSection'];
    };
    /** @description What to look at again; it does not stop the plan being issued */
    PlanQualityFinding: {
      /** @example sections.E */
      field: string;
      message: string;
    };
    /** @description An outcome as sent: its id may be left out (it is then given one) */
    PlanOutcomeInput: {
      /** @example o-1 */
      outcomeId?: string;
      text: string;
      /** @enum {string} */
      area?: 'education' | 'employment' | 'independent-living' | 'community' | 'health';
      /** @example 2026-07-01 */
      by?: string;
    };
    /** @description Progress towards one outcome of section E at a review, by its id */
    OutcomeProgress: {
      /** @example o-1 */
      outcomeId: string;
      /** @enum {string} */
      progress: 'not-started' | 'progressing' | 'achieved' | 'no-longer-relevant';
    };
    IssueDraftPlanDto: {
      /** @example 2024-06-10 */
      issuedOn: string;
      /** @description Sections A–K (Reg 12), no section I: a draft names no setting or type (CFA s.38(5)) */
      sections: components['schemas']['PlanSectionsInput'];
    };
    DraftPlanIssuedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** @description The version the draft became */
      version?: number;
      /** @description Section E as recorded, each outcome with its id */
      outcomes?: components['schemas']['PlanOutcome'][];
      qualityFindings?: components['schemas']['PlanQualityFinding'][];
    };
    ReceiveRepresentationsDto: {
      /** @example 2024-06-20 */
      receivedOn: string;
      /** @description The family has nothing more to add: the plan may be finalised before the 15 days end */
      nothingFurther?: boolean;
      requestedSettingId?: string;
      /** @description The family's views on the draft or the proposed amendments, in their own words (personal data: encrypted at rest) */
      views?: string;
    };
    FamilyRepresentationsDto: {
      /** @description You have nothing more to add: the council may finalise the plan before the 15 days end */
      nothingFurther?: boolean;
      /** @description The school or college you ask to be named in the plan (its setting id, e.g. urn-100001) */
      requestedSettingId?: string;
      /** @description The family's views on the draft or the proposed amendments, in their own words (personal data: encrypted at rest) */
      views?: string;
    };
    IssueFinalPlanDto: {
      /** @example 2024-07-01 */
      issuedOn: string;
      /** @description Section I if it was settled after the draft */
      I?: components['schemas']['PlanSectionI'];
    };
    RequestPlanTransferDto: {
      /**
       * @description DfE three-digit code of the LA the child has moved to
       * @example 203
       */
      toLa: string;
      /**
       * @description The day of the move
       * @example 2025-12-22
       */
      movedOn: string;
      /**
       * @description The day the LA became aware of the move
       * @example 2025-12-19
       */
      learnedOn: string;
    };
    PlanTransferRequestedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      transferId: string;
    };
    AcceptPlanTransferDto: {
      /**
       * @description The day the new LA took the plan over: the date of the transfer
       * @example 2026-01-12
       */
      acceptedOn: string;
    };
    SendTransferNoticeDto: {
      /**
       * @description The day the new LA wrote to the family: the plan is transferred, whether it will assess, when it will review
       * @example 2026-02-20
       */
      sentOn: string;
    };
    WithdrawPlanTransferDto: {
      /**
       * @description The day the old LA withdrew the transfer
       * @example 2026-01-05
       */
      withdrawnOn: string;
      /** @example The family decided not to move */
      reason: string;
    };
    StartReviewDto: {
      /** @example 2026-01-16 */
      meetingOn: string;
      /** @description When the invitations went out: at least 2 weeks before (Reg 20(3)) */
      invitationsSentOn?: string;
      /** @description When the advice was circulated: at least 2 weeks before (Reg 20(4)) */
      adviceCirculatedOn?: string;
    };
    ReviewStartedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      reviewId: string;
    };
    SendReviewReportDto: {
      /** @example 2026-01-23 */
      sentOn: string;
    };
    DecideReviewDto: {
      /** @enum {string} */
      decision: 'maintain' | 'amend' | 'cease';
      /** @example 2026-02-06 */
      decidedOn: string;
      /** @description Whether a step down to targeted support (or ceasing) was considered at this review */
      stepDownConsidered: boolean;
      /** @description Why a step down is or is not appropriate */
      stepDownRationale: string;
      rationale: string;
      /** @description Required with amend: the specific amendments proposed, section by section (Reg 22(2); Devon) */
      proposedAmendments?: string;
      /** @description Progress towards each outcome of section E */
      outcomesProgress?: components['schemas']['OutcomeProgress'][];
    };
    SendAmendmentNoticeDto: {
      /** @example 2026-03-02 */
      sentOn: string;
      /** @description The specific amendments proposed, with the sections named (Reg 22(2)(a)) */
      proposedAmendments: string;
      /** @description Why, with the evidence (Reg 22(2)(b)) */
      reason: string;
    };
    AmendmentNoticeSentAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      noticeId: string;
    };
    IssueAmendedPlanDto: {
      /** @example 2026-03-20 */
      issuedOn: string;
      /** @description Sections A–K of the amended plan, as for the draft; I names the setting (kept from the last version if left out) */
      sections: components['schemas']['PlanSectionsInput'];
    };
    DecideNotToAmendDto: {
      /** @example 2026-03-20 */
      decidedOn: string;
      reason: string;
    };
    StartPhaseTransferDto: {
      /** @enum {string} */
      transfer:
        | 'early-years-to-school'
        | 'infant-to-junior'
        | 'primary-to-middle'
        | 'primary-to-secondary'
        | 'middle-to-secondary'
        | 'secondary-to-post-16'
        | 'post-16-move';
      /**
       * @description The planned day of the move; it may be in the future
       * @example 2027-09-01
       */
      transferOn: string;
    };
    PhaseTransferStartedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      transferId: string;
    };
    CeasePlanDto: {
      /** @example 2026-06-10 */
      decidedOn: string;
      /**
       * @description SEN2 "reason EHC plan ceased": 1 maximum age, 2 moved to another LA, 3 needs met without a plan, 4 higher education, 5 paid employment, 6 left education or training, 7 no longer wishes to engage, 8 other, 9 died
       * @enum {string}
       */
      reason: '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
      /**
       * @description When the family and the setting were consulted (Reg 31(1))
       * @example 2026-05-20
       */
      consultedOn: string;
    };
    RequestReassessmentDto: {
      /** @example 2026-12-20 */
      requestedOn: string;
      /** @enum {string} */
      requestedBy: 'parent' | 'young-person' | 'setting' | 'other';
    };
    ReassessmentRequestedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      reassessmentId: string;
    };
    DecideReassessmentDto: {
      /** @enum {string} */
      decision: 'reassess' | 'refuse';
      /** @example 2027-01-04 */
      decidedOn: string;
      reason: string;
    };
    RecordReassessmentExceptionDto: {
      /**
       * @description Only the lawful grounds of Reg 27(3); a waiting list is not one
       * @enum {string}
       */
      ground: 'school-closure' | 'early-years-closure' | 'exceptional-personal-circumstances' | 'absent-from-area';
      /** @example 2027-02-01 */
      from: string;
      /** @example 2027-03-15 */
      to?: string;
      evidence: string;
      familyNotified: boolean;
    };
    ReassessmentExceptionRecordedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      exceptionId: string;
    };
    AttachmentAddedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      attachmentId: string;
      /** @description SHA-256 of the bytes, lower-case hex */
      sha256: string;
    };
    WithdrawAttachmentDto: {
      reason: string;
      /** @description Remove the bytes too (erasure); kept while another live attachment of the case shares them */
      removeBytes?: boolean;
    };
    ImportSettingResultsDto: {
      /** @example 202 */
      la: string;
      /**
       * @description The results file, format version 1 (docs/setting-results-format.md), at most 90000 characters
       * @example format_version,la,setting_id,academic_year,measure,value,cohort_size
       *     1,202,urn-100001,2024/25,ks2-rwm-expected-pct,61,58
       */
      csv: string;
    };
    RegisterSettingDto: {
      /**
       * @description Generated when omitted
       * @example urn-100001
       */
      settingId?: string;
      /** @example Oakfield Special School */
      name: string;
      /** @example 202 */
      la: string;
      /** @enum {string} */
      type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
      phases: ('early-years' | 'primary' | 'secondary' | 'post-16')[];
      /** @description The SEN2 primary needs the setting serves */
      needs: ('SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH')[];
      /**
       * @description Places for children with EHC plans
       * @example 12
       */
      capacity: number;
      /**
       * @description Places already taken when registered (default 0)
       * @example 3
       */
      placesTaken?: number;
      /**
       * @description Set for an academy; only then may the LA direct it
       * @example Oak Learning Trust
       */
      academyTrust?: string;
    };
    AppointSencoDto: {
      name?: string;
      /** @example 2024-09-01 */
      appointedOn: string;
      /** @description Already holds the SENCo qualification (no clock starts); default false */
      qualified?: boolean;
      /**
       * @description The head recorded being satisfied the qualification is under way
       * @example 2024-09-15
       */
      headSatisfiedOn?: string;
    };
    RecordSencoQualifiedDto: {
      /** @example 2026-07-01 */
      qualifiedOn: string;
    };
    RecordHeadSatisfiedDto: {
      /** @example 2025-09-15 */
      satisfiedOn: string;
    };
    SettingProvisionDto: {
      /** @example urn-100001 */
      settingId: string;
      standards: components['schemas']['StandardRefDto'][];
    };
    PublishInclusionPlanDto: {
      /** @example 2025-09-01 */
      publishedOn: string;
      /**
       * @example [
       *       "urn-100001"
       *     ]
       */
      settingIds: string[];
      /**
       * @description LAs whose plans a tailored list may also draw on
       * @example [
       *       "203"
       *     ]
       */
      partnerLas?: string[];
      /** @description Which national standards of ordinarily available provision each named setting provides (GET /api/v1/standards) */
      provides?: components['schemas']['SettingProvisionDto'][];
    };
    /** @description One version of a national standard, as GET /api/v1/standards lists it */
    StandardCitation: {
      /** @example oap-slcn-primary */
      id: string;
      version: number;
      /** @enum {string} */
      kind: 'ordinarily-available' | 'plan-criterion';
      /** @enum {string} */
      need: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
      title: string;
      /** @example 2025-09-01 */
      effectiveFrom: string;
    };
    /** @description A setting that fits the child, with why it is on the list */
    TailoredListItem: {
      /** @example urn-100001 */
      settingId: string;
      name: string;
      /** @enum {string} */
      type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
      /** @example 202 */
      la: string;
      /** @description Why it is on the list, in words a family can read */
      reasons: string[];
      /** @description Allocation, not the list, looks at free places */
      placesFree: number;
      /** @description The standards for the child's primary need the plan listing the setting says it provides; absent when none */
      standards?: components['schemas']['StandardCitation'][];
    };
    /** @description A setting for the new phase to be found by dueOn (Reg 18) */
    PhaseTransferRound: {
      /** Format: uuid */
      transferId: string;
      /** @enum {string} */
      transfer:
        | 'early-years-to-school'
        | 'infant-to-junior'
        | 'primary-to-middle'
        | 'primary-to-secondary'
        | 'middle-to-secondary'
        | 'secondary-to-post-16'
        | 'post-16-move';
      /** @example 2026-09-01 */
      transferOn: string;
      /**
       * @description The date by which the amended plan must name the setting
       * @example 2026-02-15
       */
      dueOn: string;
      /**
       * @description The phase the child moves into
       * @enum {string}
       */
      phase?: 'early-years' | 'primary' | 'secondary' | 'post-16';
    };
    ProduceTailoredListDto: {
      /** @example 2025-10-01 */
      producedOn: string;
      /** @example 2016-08-31 */
      dateOfBirth: string;
      /** @enum {string} */
      primaryNeed: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
    };
    TailoredListProducedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** @description The settings on the list as recorded, with why each is on it */
      items: components['schemas']['TailoredListItem'][];
    };
    ExpressPreferencesDto: {
      /**
       * @description Setting ids, most preferred first
       * @example [
       *       "urn-100001",
       *       "urn-100002"
       *     ]
       */
      ranked: string[];
      /** @example 2025-09-10 */
      expressedOn: string;
    };
    FamilyPreferencesDto: {
      /**
       * @description Setting ids, most preferred first
       * @example [
       *       "urn-100001",
       *       "urn-100002"
       *     ]
       */
      ranked: string[];
    };
    ConsultSettingDto: {
      /** @example urn-100001 */
      settingId: string;
      /** @example 2025-09-15 */
      sentOn: string;
    };
    SettingConsultedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      consultationId: string;
    };
    AnswerConsultationDto: {
      /** @example 2025-09-29 */
      answeredOn: string;
      /** @enum {string} */
      answer: 'can-meet' | 'cannot-meet';
      /** @description CFA s.39(4) grounds; required with cannot-meet. One ground may be sent as a string. */
      grounds?: (
        | 'unsuitable-for-age-ability-aptitude-sen'
        | 'incompatible-with-efficient-education-of-others'
        | 'incompatible-with-efficient-use-of-resources'
      )[];
    };
    AllocatePlaceDto: {
      /** @example 2025-10-01 */
      decidedOn: string;
    };
    PlaceAllocatedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      settingId: string;
      name: string;
      type: string;
    };
    DirectAdmissionDto: {
      /** @example urn-100001 */
      settingId: string;
      /** @example 2025-10-02 */
      directedOn: string;
      reason: string;
    };
    LodgeDirectionAppealDto: {
      /** @example 2025-10-06 */
      lodgedOn: string;
    };
    DecideDirectionAppealDto: {
      /** @example 2025-11-20 */
      decidedOn: string;
      /** @description true: the adjudicator upheld the trust's appeal and the direction falls */
      upheld: boolean;
    };
    RaiseDisputeDto: {
      /** @description What the family disagrees with, all from one decision letter */
      about: (
        | 'refusal-to-assess'
        | 'no-plan'
        | 'section-b'
        | 'section-f'
        | 'section-i'
        | 'cease'
        | 'health-social-care'
        | 'review-decision'
        | 'refusal-to-reassess'
      )[];
      /** @example 2025-03-03 */
      decisionLetterOn: string;
      /** @example 2025-03-10 */
      raisedOn: string;
    };
    DisputeRaisedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      disputeId: string;
    };
    RecordMediationStepDto: {
      /** @enum {string} */
      event: 'adviser-contacted' | 'declined' | 'requested' | 'held' | 'agreement' | 'not-arranged';
      /** @example 2025-03-12 */
      on: string;
      notes?: string;
      /**
       * @description With agreement, on issues the family could appeal: the tribunal order the agreement amounts to; its compliance clocks start as if the tribunal had made it that day (Reg 42(2))
       * @enum {string}
       */
      order?: 'assess' | 'make-plan' | 'amend-provision' | 'amend-setting' | 'cease-dismissed';
      /**
       * @description With agreement: another date the parties agreed in writing, for every clock (Reg 42(5))
       * @example 2026-09-30
       */
      agreedDueOn?: string;
    };
    MediationStepRecordedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /**
       * Format: uuid
       * @description The agreement recorded, when the step is one
       */
      agreementId?: string;
    };
    RecordAgreementDoneDto: {
      /** @example 2026-09-01 */
      doneOn: string;
      notes?: string;
    };
    RecordCertificateDto: {
      /** @example 2025-03-14 */
      issuedOn: string;
    };
    RegisterAppealDto: {
      /** @example 2025-04-01 */
      registeredOn: string;
      /** @description The tribunal extended the time to appeal (HESC Rules r.5(3)(a)) */
      extensionGranted?: boolean;
    };
    RecordTribunalOrderDto: {
      /** @enum {string} */
      order: 'assess' | 'make-plan' | 'amend-provision' | 'amend-setting' | 'cease-dismissed';
      /** @example 2025-07-01 */
      madeOn: string;
    };
    TribunalOrderRecordedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      orderId: string;
    };
    ApplyLocalAdjustmentDto: {
      /**
       * @description Whole pence, positive to add to the top-up or negative to reduce it
       * @example 50000
       */
      amountPence: number;
      reason: string;
      /** @description Who approved it; must not be the person recording it */
      approvedBy: string;
      /** @example 2025-09-01 */
      approvedOn: string;
    };
    LocalAdjustmentAppliedAnswer: {
      /** Format: uuid */
      caseId: string;
      /**
       * @description The revision of the stream after the write (the next If-Match)
       * @example 3
       */
      revision: number;
      /** @description The events the write appended */
      events: components['schemas']['WrittenEvent'][];
      /**
       * @description Present (true) when the write is stored but the reads had not caught up within the bound
       * @enum {boolean}
       */
      viewsBehind?: true;
      /** Format: uuid */
      adjustmentId: string;
    };
    SetHighNeedsBudgetDto: {
      /**
       * @description The high-needs budget for the year, in whole pence
       * @example 9500000000
       */
      budgetPence: number;
      /** @example 2025-03-01 */
      setOn: string;
    };
    TokenRequestDto: {
      /** @example caseworker@202 */
      username: string;
      /** @example demo */
      password: string;
    };
    TokenAnswerDto: {
      /** @description A signed access token, sent as Authorization: Bearer … */
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
    };
    SummaryPlanDto: {
      /** @example 1 */
      version: number;
      /** @example draft */
      status: string;
      /** @description Section I as issued, once there is one */
      setting?: components['schemas']['PlanSectionI'];
    };
    PendingTransferDto: {
      /** @enum {string} */
      status: 'pending';
      /** @example 202 */
      fromLa: string;
      /** @example 203 */
      toLa: string;
    };
    OpenDeadlineDto: {
      deadlineId: string;
      /** @example assessment-decision */
      rule: string;
      /** @example 2024-12-13 */
      dueOn: string;
      /** @enum {string} */
      status: 'open' | 'breached';
    };
    CaseRevisionsDto: {
      /** @description The assessment stream (If-Match of the assessment routes) */
      assessment: number;
      /** @description The plan stream (If-Match of the plan routes); -1 before a plan */
      ehcp: number;
    };
    NextDeadlineDto: {
      deadlineId: string;
      rule: string;
      /** @description The rule's title from the rule table */
      title: string;
      /** @example 2024-12-13 */
      dueOn: string;
    };
    CaseListItem: {
      /** Format: uuid */
      caseId: string;
      /** @example 202 */
      la: string;
      /** @example assessing */
      stage: string;
      child: components['schemas']['ChildDto'];
      requestedBy: string;
      /** @example 2024-11-01 */
      requestedOn: string;
      primaryNeed?: string;
      plan?: components['schemas']['SummaryPlanDto'];
      transfer?: components['schemas']['PendingTransferDto'];
      openDeadlines: components['schemas']['OpenDeadlineDto'][];
      revisions: components['schemas']['CaseRevisionsDto'];
      nextDeadline?: components['schemas']['NextDeadlineDto'];
    };
    CaseListPage: {
      items: components['schemas']['CaseListItem'][];
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
      total: number;
    };
    CaseSummary: {
      /** Format: uuid */
      caseId: string;
      /** @example 202 */
      la: string;
      /** @example assessing */
      stage: string;
      child: components['schemas']['ChildDto'];
      requestedBy: string;
      /** @example 2024-11-01 */
      requestedOn: string;
      primaryNeed?: string;
      plan?: components['schemas']['SummaryPlanDto'];
      transfer?: components['schemas']['PendingTransferDto'];
      openDeadlines: components['schemas']['OpenDeadlineDto'][];
      revisions: components['schemas']['CaseRevisionsDto'];
    };
    DeadlineExceptionDto: {
      /**
       * @description The lawful ground (EXCEPTION_GROUNDS in the rule table)
       * @example school-closure
       */
      ground: string;
      /**
       * @description The day it was recorded as excepted
       * @example 2024-12-20
       */
      from: string;
      /**
       * @description The regulation that allows it
       * @example SEND Regulations 2014 reg 5(4)
       */
      source: string | null;
    };
    Deadline: {
      deadlineId: string;
      /** @example assessment-decision */
      rule: string;
      /** @description The id of the event that started the clock */
      source: string;
      /** @example 2024-11-01 */
      startedOn: string;
      /** @example 2024-12-13 */
      dueOn: string;
      /** @enum {string} */
      status: 'open' | 'met' | 'breached' | 'excepted' | 'not-applicable';
      /** @example 2024-12-10 */
      closedOn?: string;
      /** @description The lawful exception the deadline is under */
      exception?: components['schemas']['DeadlineExceptionDto'];
      notApplicableReason?: string;
    };
    RedeemInvitationDto: {
      /** @description The code the council gave you, exactly as written */
      code: string;
      /**
       * @description 3 to 100 letters, digits or . _ @ + -; starts with a letter or digit
       * @example parent@example.org
       */
      username: string;
      /** @description At least 12 characters */
      password: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  CasesController_list: {
    parameters: {
      query?: {
        la?: string;
        stage?: string;
        dueBefore?: string;
        sort?: 'requested' | 'next-deadline';
        /** @description Cases with a running clock of this rule (docs/domain.md rule ids) */
        rule?: string;
        /** @description Case reference or the start of a case id (hex digits and hyphens) */
        ref?: string;
        /** @description true: only open cases (the pathway not ended, or a clock still running) */
        open?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseListPage'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  RequestAssessmentController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestAssessmentDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: ASSESSMENT.ALREADY_REQUESTED, ASSESSMENT.BIRTH_AFTER_REQUEST, DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'ASSESSMENT.ALREADY_REQUESTED'
              | 'ASSESSMENT.BIRTH_AFTER_REQUEST'
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecideWhetherToAssessController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideWhetherToAssessDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ASSESSMENT.ALREADY_DECIDED, ASSESSMENT.DECISION_BEFORE_ORDER, ASSESSMENT.DECISION_BEFORE_REQUEST, ASSESSMENT.NOT_REQUESTED, ASSESSMENT.ORDERED_TO_ASSESS, ASSESSMENT.PANEL_OUTSIDE_DECISION, ASSESSMENT.REASON_REQUIRED, STANDARDS.NOT_IN_FORCE, STANDARDS.UNKNOWN_STANDARD, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'ASSESSMENT.ALREADY_DECIDED'
              | 'ASSESSMENT.DECISION_BEFORE_ORDER'
              | 'ASSESSMENT.DECISION_BEFORE_REQUEST'
              | 'ASSESSMENT.NOT_REQUESTED'
              | 'ASSESSMENT.ORDERED_TO_ASSESS'
              | 'ASSESSMENT.PANEL_OUTSIDE_DECISION'
              | 'ASSESSMENT.REASON_REQUIRED'
              | 'STANDARDS.NOT_IN_FORCE'
              | 'STANDARDS.UNKNOWN_STANDARD'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RequestAdviceController_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestAdviceDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdviceRequestedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ASSESSMENT.ADVICE_ALREADY_REQUESTED, ASSESSMENT.ADVICE_BEFORE_DECISION, ASSESSMENT.NOT_ASSESSING, ASSESSMENT.NOT_REQUESTED, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'ASSESSMENT.ADVICE_ALREADY_REQUESTED'
              | 'ASSESSMENT.ADVICE_BEFORE_DECISION'
              | 'ASSESSMENT.NOT_ASSESSING'
              | 'ASSESSMENT.NOT_REQUESTED'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReceiveAdviceController_receive: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        adviceId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReceiveAdviceDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, ASSESSMENT.ADVICE_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'ASSESSMENT.ADVICE_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ASSESSMENT.ADVICE_ALREADY_RECEIVED, ASSESSMENT.ADVICE_RECEIVED_BEFORE_REQUEST, ASSESSMENT.NOT_REQUESTED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'ASSESSMENT.ADVICE_ALREADY_RECEIVED'
              | 'ASSESSMENT.ADVICE_RECEIVED_BEFORE_REQUEST'
              | 'ASSESSMENT.NOT_REQUESTED'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordTimescaleExceptionController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordTimescaleExceptionDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimescaleExceptionRecordedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ASSESSMENT.EVIDENCE_REQUIRED, ASSESSMENT.EXCEPTION_ALREADY_RECORDED, ASSESSMENT.EXCEPTION_GROUND_NOT_MET, ASSESSMENT.EXCEPTION_NOT_APPLICABLE, ASSESSMENT.EXCEPTION_PERIOD_INVALID, ASSESSMENT.NOT_REQUESTED, STATUTORY.INVALID_DATE, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'ASSESSMENT.EVIDENCE_REQUIRED'
              | 'ASSESSMENT.EXCEPTION_ALREADY_RECORDED'
              | 'ASSESSMENT.EXCEPTION_GROUND_NOT_MET'
              | 'ASSESSMENT.EXCEPTION_NOT_APPLICABLE'
              | 'ASSESSMENT.EXCEPTION_PERIOD_INVALID'
              | 'ASSESSMENT.NOT_REQUESTED'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecidePlanIssueController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecidePlanIssueDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ASSESSMENT.NOT_ASSESSING, ASSESSMENT.NOT_REQUESTED, ASSESSMENT.OUTCOME_ALREADY_DECIDED, ASSESSMENT.OUTCOME_BEFORE_DECISION, ASSESSMENT.REASON_REQUIRED, STANDARDS.NOT_IN_FORCE, STANDARDS.UNKNOWN_STANDARD, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'ASSESSMENT.NOT_ASSESSING'
              | 'ASSESSMENT.NOT_REQUESTED'
              | 'ASSESSMENT.OUTCOME_ALREADY_DECIDED'
              | 'ASSESSMENT.OUTCOME_BEFORE_DECISION'
              | 'ASSESSMENT.REASON_REQUIRED'
              | 'STANDARDS.NOT_IN_FORCE'
              | 'STANDARDS.UNKNOWN_STANDARD'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErasePersonalDataController_erase: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ErasePersonalDataDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ASSESSMENT.PERSONAL_DATA_ALREADY_ERASED, ASSESSMENT.ERASURE_SOURCE_REQUIRED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'ASSESSMENT.PERSONAL_DATA_ALREADY_ERASED'
              | 'ASSESSMENT.ERASURE_SOURCE_REQUIRED';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RetentionSweepController_sweep: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Cases erased by this sweep */
            erased: number;
            cases: string[];
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  IssueDraftPlanController_issue: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueDraftPlanDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftPlanIssuedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.DRAFT_BEFORE_DECISION, EHCP.DRAFT_BEFORE_PREVIOUS_DRAFT, EHCP.PLAN_ALREADY_FINAL, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_OPEN, EHCP.SECTION_F_NOT_SPECIFIC, EHCP.SECTION_I_IN_DRAFT, STANDARDS.NOT_IN_FORCE, STANDARDS.UNKNOWN_STANDARD, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.DRAFT_BEFORE_DECISION'
              | 'EHCP.DRAFT_BEFORE_PREVIOUS_DRAFT'
              | 'EHCP.PLAN_ALREADY_FINAL'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_OPEN'
              | 'EHCP.SECTION_F_NOT_SPECIFIC'
              | 'EHCP.SECTION_I_IN_DRAFT'
              | 'STANDARDS.NOT_IN_FORCE'
              | 'STANDARDS.UNKNOWN_STANDARD'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReceiveRepresentationsController_receive: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReceiveRepresentationsDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.NO_DRAFT, EHCP.PLAN_ALREADY_FINAL, EHCP.PLAN_CEASED, EHCP.REPRESENTATIONS_BEFORE_DRAFT, EHCP.REPRESENTATIONS_BEFORE_NOTICE, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.NO_DRAFT'
              | 'EHCP.PLAN_ALREADY_FINAL'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.REPRESENTATIONS_BEFORE_DRAFT'
              | 'EHCP.REPRESENTATIONS_BEFORE_NOTICE'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FamilyRepresentationsController_send: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FamilyRepresentationsDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: IDEMPOTENCY.KEY_REUSED, EHCP.NO_DRAFT, EHCP.PLAN_ALREADY_FINAL, EHCP.PLAN_CEASED, EHCP.REPRESENTATIONS_BEFORE_DRAFT, EHCP.REPRESENTATIONS_BEFORE_NOTICE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.NO_DRAFT'
              | 'EHCP.PLAN_ALREADY_FINAL'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.REPRESENTATIONS_BEFORE_DRAFT'
              | 'EHCP.REPRESENTATIONS_BEFORE_NOTICE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  IssueFinalPlanController_issue: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueFinalPlanDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.FINAL_BEFORE_DRAFT, EHCP.NO_DRAFT, EHCP.PLAN_ALREADY_FINAL, EHCP.PLAN_CEASED, EHCP.REPRESENTATION_PERIOD_OPEN, EHCP.SECTION_I_REQUIRED, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.FINAL_BEFORE_DRAFT'
              | 'EHCP.NO_DRAFT'
              | 'EHCP.PLAN_ALREADY_FINAL'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.REPRESENTATION_PERIOD_OPEN'
              | 'EHCP.SECTION_I_REQUIRED'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetPlanController_current: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': ({
            /** Format: uuid */
            caseId: string;
            /** @example 1 */
            version: number;
            /**
             * @description draft or final; ceasing or ceased after a cease decision
             * @example draft
             */
            status: string;
            /** @example 2025-03-20 */
            issuedOn: string;
            sections: components['schemas']['PlanSections'];
            qualityFindings: components['schemas']['PlanQualityFinding'][];
          } & {
            [key: string]: unknown;
          }) & {
            /** @description The plan stream revision, also the ETag */
            revision: number;
            versions: {
              version: number;
              status: string;
              issuedOn: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, EHCP.NO_PLAN. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'EHCP.NO_PLAN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetPlanController_version: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            /** @example 1 */
            version: number;
            /**
             * @description draft or final; ceasing or ceased after a cease decision
             * @example draft
             */
            status: string;
            /** @example 2025-03-20 */
            issuedOn: string;
            sections: components['schemas']['PlanSections'];
            qualityFindings: components['schemas']['PlanQualityFinding'][];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, EHCP.NO_PLAN, EHCP.VERSION_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'EHCP.NO_PLAN' | 'EHCP.VERSION_NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TransferPlanController_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestPlanTransferDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanTransferRequestedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.TRANSFER_ALREADY_PENDING, EHCP.TRANSFER_NEEDS_FINAL_PLAN, EHCP.TRANSFER_TO_SAME_LA, STATUTORY.INVALID_DATE, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.TRANSFER_ALREADY_PENDING'
              | 'EHCP.TRANSFER_NEEDS_FINAL_PLAN'
              | 'EHCP.TRANSFER_TO_SAME_LA'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TransferPlanController_accept: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptPlanTransferDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.NO_TRANSFER_PENDING, EHCP.TRANSFER_ACCEPTED_BEFORE_LEARNED, EHCP.TRANSFER_NOT_TO_YOUR_LA, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.NO_TRANSFER_PENDING'
              | 'EHCP.TRANSFER_ACCEPTED_BEFORE_LEARNED'
              | 'EHCP.TRANSFER_NOT_TO_YOUR_LA'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TransferPlanController_notice: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendTransferNoticeDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.NO_ACCEPTED_TRANSFER, EHCP.PLAN_CEASED, EHCP.TRANSFER_NOTICE_ALREADY_SENT, EHCP.TRANSFER_NOTICE_BEFORE_TRANSFER, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.NO_ACCEPTED_TRANSFER'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.TRANSFER_NOTICE_ALREADY_SENT'
              | 'EHCP.TRANSFER_NOTICE_BEFORE_TRANSFER'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TransferPlanController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawPlanTransferDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.NO_TRANSFER_PENDING, EHCP.PLAN_CEASED, EHCP.REASON_REQUIRED, EHCP.TRANSFER_WITHDRAWN_BEFORE_LEARNED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.NO_TRANSFER_PENDING'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.REASON_REQUIRED'
              | 'EHCP.TRANSFER_WITHDRAWN_BEFORE_LEARNED'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordReviewController_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartReviewDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewStartedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, EHCP.REVIEW_ALREADY_OPEN, EHCP.REVIEW_BEFORE_PLAN, EHCP.REVIEW_DATES_AFTER_MEETING, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'EHCP.REVIEW_ALREADY_OPEN'
              | 'EHCP.REVIEW_BEFORE_PLAN'
              | 'EHCP.REVIEW_DATES_AFTER_MEETING'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordReviewController_report: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        reviewId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendReviewReportDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, EHCP.REPORT_BEFORE_MEETING, EHCP.REVIEW_NOT_FOUND, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'EHCP.REPORT_BEFORE_MEETING'
              | 'EHCP.REVIEW_NOT_FOUND'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordReviewController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        reviewId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideReviewDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.AMENDMENT_ALREADY_OPEN, EHCP.DECISION_BEFORE_MEETING, EHCP.DUPLICATE_OUTCOME, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, EHCP.PROPOSED_AMENDMENTS_REQUIRED, EHCP.REVIEW_ALREADY_DECIDED, EHCP.REVIEW_NOT_FOUND, EHCP.STEP_DOWN_REQUIRED, EHCP.UNKNOWN_OUTCOME, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.AMENDMENT_ALREADY_OPEN'
              | 'EHCP.DECISION_BEFORE_MEETING'
              | 'EHCP.DUPLICATE_OUTCOME'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'EHCP.PROPOSED_AMENDMENTS_REQUIRED'
              | 'EHCP.REVIEW_ALREADY_DECIDED'
              | 'EHCP.REVIEW_NOT_FOUND'
              | 'EHCP.STEP_DOWN_REQUIRED'
              | 'EHCP.UNKNOWN_OUTCOME'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AmendPlanController_notice: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendAmendmentNoticeDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendmentNoticeSentAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.AMENDMENT_ALREADY_OPEN, EHCP.NOTICE_BEFORE_PLAN, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.AMENDMENT_ALREADY_OPEN'
              | 'EHCP.NOTICE_BEFORE_PLAN'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AmendPlanController_amended: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueAmendedPlanDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.AMENDED_BEFORE_NOTICE, EHCP.AMENDED_BEFORE_PLAN, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, EHCP.REPRESENTATION_PERIOD_OPEN, EHCP.SECTION_F_NOT_SPECIFIC, STANDARDS.NOT_IN_FORCE, STANDARDS.UNKNOWN_STANDARD, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.AMENDED_BEFORE_NOTICE'
              | 'EHCP.AMENDED_BEFORE_PLAN'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'EHCP.REPRESENTATION_PERIOD_OPEN'
              | 'EHCP.SECTION_F_NOT_SPECIFIC'
              | 'STANDARDS.NOT_IN_FORCE'
              | 'STANDARDS.UNKNOWN_STANDARD'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AmendPlanController_notAmending: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideNotToAmendDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.NOT_AMENDING_BEFORE_NOTICE, EHCP.NO_AMENDMENT_NOTICE, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.NOT_AMENDING_BEFORE_NOTICE'
              | 'EHCP.NO_AMENDMENT_NOTICE'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PhaseTransferController_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartPhaseTransferDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PhaseTransferStartedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CeasePlanController_cease: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CeasePlanDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.CEASE_ALREADY_DECIDED, EHCP.CEASE_BEFORE_MAXIMUM_AGE, EHCP.CEASE_NEEDS_REVIEW, EHCP.CEASE_UNDER_18_NOT_IN_EDUCATION, EHCP.CEASE_BEFORE_PLAN, EHCP.CEASE_REASON_UNKNOWN, EHCP.CONSULTATION_AFTER_DECISION, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.CEASE_ALREADY_DECIDED'
              | 'EHCP.CEASE_BEFORE_MAXIMUM_AGE'
              | 'EHCP.CEASE_NEEDS_REVIEW'
              | 'EHCP.CEASE_UNDER_18_NOT_IN_EDUCATION'
              | 'EHCP.CEASE_BEFORE_PLAN'
              | 'EHCP.CEASE_REASON_UNKNOWN'
              | 'EHCP.CONSULTATION_AFTER_DECISION'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CeaseSweepController_sweep: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Plans ceased by this sweep */
            ceased: number;
            cases: string[];
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReassessmentController_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestReassessmentDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReassessmentRequestedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.PLAN_CEASED, EHCP.PLAN_NOT_FINAL, EHCP.REASSESSMENT_IN_PROGRESS, EHCP.REQUEST_BEFORE_PLAN, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.PLAN_NOT_FINAL'
              | 'EHCP.REASSESSMENT_IN_PROGRESS'
              | 'EHCP.REQUEST_BEFORE_PLAN'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReassessmentController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideReassessmentDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.DECISION_BEFORE_REQUEST, EHCP.NO_REASSESSMENT_REQUEST, EHCP.PLAN_CEASED, EHCP.REASON_REQUIRED, EHCP.REASSESSMENT_ALREADY_DECIDED, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.DECISION_BEFORE_REQUEST'
              | 'EHCP.NO_REASSESSMENT_REQUEST'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.REASON_REQUIRED'
              | 'EHCP.REASSESSMENT_ALREADY_DECIDED'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReassessmentController_except: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordReassessmentExceptionDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReassessmentExceptionRecordedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, EHCP.EVIDENCE_REQUIRED, EHCP.EXCEPTION_GROUND_NOT_LAWFUL, EHCP.EXCEPTION_GROUND_NOT_MET, EHCP.EXCEPTION_NOT_APPLICABLE, EHCP.EXCEPTION_PERIOD_INVALID, EHCP.NOT_REASSESSING, EHCP.PLAN_CEASED, EHCP.REASSESSMENT_ALREADY_EXCEPTED, STATUTORY.INVALID_DATE, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'EHCP.EVIDENCE_REQUIRED'
              | 'EHCP.EXCEPTION_GROUND_NOT_LAWFUL'
              | 'EHCP.EXCEPTION_GROUND_NOT_MET'
              | 'EHCP.EXCEPTION_NOT_APPLICABLE'
              | 'EHCP.EXCEPTION_PERIOD_INVALID'
              | 'EHCP.NOT_REASSESSING'
              | 'EHCP.PLAN_CEASED'
              | 'EHCP.REASSESSMENT_ALREADY_EXCEPTED'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AttachmentsReadController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            attachmentId: string;
            section?: string;
            sha256: string;
            mediaType: string;
            size: number;
            addedBy: string;
            addedOn: string;
            caption?: string;
            /** @description live or withdrawn */
            status: string;
            withdrawnOn?: string;
            bytesRemoved?: boolean;
          }[];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  AttachmentsController_upload: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The photo or video, sent with its media type
           */
          file: string;
          /** @enum {string} */
          section?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H1' | 'H2' | 'I' | 'J' | 'K';
          caption?: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentAddedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE, ATTACHMENT.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE' | 'ATTACHMENT.TOO_LARGE';
          };
        };
      };
      /** @description The bytes of an uploaded file are of a type the route does not accept. Codes: ATTACHMENT.UNSUPPORTED_TYPE. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'ATTACHMENT.UNSUPPORTED_TYPE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ATTACHMENT.TYPE_MISMATCH. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'DATE.IN_THE_FUTURE' | 'IDEMPOTENCY.KEY_REUSED' | 'ATTACHMENT.TYPE_MISMATCH';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AttachmentsController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        attachmentId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawAttachmentDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, ATTACHMENT.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'ATTACHMENT.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, ATTACHMENT.ALREADY_WITHDRAWN, EHCP.REASON_REQUIRED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'DATE.IN_THE_FUTURE' | 'IDEMPOTENCY.KEY_REUSED' | 'ATTACHMENT.ALREADY_WITHDRAWN' | 'EHCP.REASON_REQUIRED';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ExportPlanController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description This schema’s $id: the format and its version
             * @enum {string}
             */
            format: 'https://send-casework.example/plan-format/ehc-plan.v1.schema.json';
            /**
             * Format: date-time
             * @description When the sending system exported it
             */
            exportedAt: string;
            /** @description The LA that exported it, which maintains the plan */
            exportedBy: string;
            plan: {
              child: {
                /** @description As on the request */
                givenName: string;
                /** @description As on the request */
                familyName: string;
                /**
                 * Format: date
                 * @description The child’s date of birth
                 */
                dateOfBirth: string;
              };
              /**
               * Format: date
               * @description The day the request for an assessment was received
               */
              requestedOn: string;
              /**
               * Format: date
               * @description The day the LA decided to issue a plan (CFA 2014 s.36(9))
               */
              decidedOn: string;
              /**
               * Format: date
               * @description The decision date of the latest review (CFA 2014 s.44), from which Reg 15(5)(a) counts
               */
              lastReviewedOn?: string;
              /** @description Every version issued, in order, each in full; the last is the one in force */
              versions: {
                /** @description 1, 2, …: the order in which versions were issued */
                version: number;
                /**
                 * @description A draft (Reg 13(1)) or a final plan (Reg 13(2), 22(3))
                 * @enum {string}
                 */
                status: 'draft' | 'final';
                /**
                 * Format: date
                 * @description The day it was issued
                 */
                issuedOn: string;
                /** @description The LA that issued this version */
                issuedBy: string;
                /** @description Sections A to K (Reg 12(1)(a)–(k)); H is H1 (CSDPA 1970 s.2) and H2; I only on a final plan (CFA 2014 s.38(5)) */
                sections: {
                  A: {
                    /** @description A: the views, interests and aspirations of the child and the parent */
                    text: string;
                  };
                  B: {
                    /**
                     * @description SEN2 / school census need code
                     * @enum {string}
                     */
                    primaryNeed: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
                    secondaryNeeds?: (
                      'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH'
                    )[];
                    /** @description B: the special educational needs */
                    description: string;
                  };
                  C: {
                    /** @description C: health care needs related to the SEN */
                    text: string;
                  };
                  D: {
                    /** @description D: social care needs related to the SEN or disability */
                    text: string;
                  };
                  /** @description E: the outcomes sought */
                  E: {
                    /** @description Kept by every later version (docs/domain.md "Section E") */
                    outcomeId: string;
                    /** @description The outcome */
                    text: string;
                    /**
                     * @description Preparation for adulthood area (CoP 8.5)
                     * @enum {string}
                     */
                    area?: 'education' | 'employment' | 'independent-living' | 'community' | 'health';
                    /**
                     * Format: date
                     * @description When it should be achieved
                     */
                    by?: string;
                  }[];
                  F: {
                    items: {
                      /** @description What is provided */
                      provision: string;
                      /** @description Hours each time; absent for provision that is not time-based */
                      hours?: number;
                      /** @description How often, e.g. "weekly", "3 times a week", "once", "continuous" */
                      frequency: string;
                      /** @description Who delivers it, by role */
                      deliveredBy: string;
                      /**
                       * Format: date
                       * @description When it begins
                       */
                      startsOn?: string;
                      /** @description The national standard this provision goes beyond, by id and version */
                      beyondStandard?: {
                        id: string;
                        version: string | number;
                      };
                    }[];
                  };
                  G: {
                    /** @description G: health care provision */
                    text: string;
                  };
                  H1: {
                    /** @description H1: social care provision under CSDPA 1970 s.2 */
                    text: string;
                  };
                  H2: {
                    /** @description H2: any other social care provision */
                    text: string;
                  };
                  I?: {
                    /**
                     * @description The type of school or institution
                     * @enum {string}
                     */
                    type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
                    /** @description The setting’s URN or UKPRN */
                    settingId?: string;
                    name?: string;
                  };
                  J: {
                    /** @description J: the personal budget, if any */
                    text: string;
                  };
                  /** @description K: the advice and information gathered */
                  K: {
                    /** @description The advice or information */
                    title: string;
                    from?: string;
                    /**
                     * Format: date
                     * @description Its date
                     */
                    date?: string;
                  }[];
                };
              }[];
            };
            /** @description SHA-256, in hex, of the RFC 8785 canonical JSON of `plan` */
            sha256: string;
            /** @description The Reg 15 transfer the plan is being sent for, when one is pending */
            transfer?: {
              /** Format: uuid */
              transferId: string;
              /** @description DfE three-digit LA code */
              fromLa: string;
              /** @description DfE three-digit LA code */
              toLa: string;
              /**
               * Format: date
               * @description The day of the move
               */
              movedOn: string;
              /**
               * Format: date
               * @description The day the sending LA learned of it
               */
              learnedOn: string;
            };
            /** @description Where the exporting system had itself received the plan from, oldest first; empty for a plan made there */
            provenance: {
              /** @description DfE three-digit LA code */
              fromLa: string;
              /** Format: date-time */
              exportedAt: string;
              sha256: string;
              /** Format: uri */
              format: string;
              /** Format: uuid */
              transferId?: string;
              /** @description DfE three-digit LA code */
              importedBy: string;
              /**
               * Format: date
               * @description The day it was imported
               */
              importedOn: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, EHCP.NO_PLAN. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'EHCP.NO_PLAN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  ImportPlanController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description This schema’s $id: the format and its version
           * @enum {string}
           */
          format: 'https://send-casework.example/plan-format/ehc-plan.v1.schema.json';
          /**
           * Format: date-time
           * @description When the sending system exported it
           */
          exportedAt: string;
          /** @description The LA that exported it, which maintains the plan */
          exportedBy: string;
          plan: {
            child: {
              /** @description As on the request */
              givenName: string;
              /** @description As on the request */
              familyName: string;
              /**
               * Format: date
               * @description The child’s date of birth
               */
              dateOfBirth: string;
            };
            /**
             * Format: date
             * @description The day the request for an assessment was received
             */
            requestedOn: string;
            /**
             * Format: date
             * @description The day the LA decided to issue a plan (CFA 2014 s.36(9))
             */
            decidedOn: string;
            /**
             * Format: date
             * @description The decision date of the latest review (CFA 2014 s.44), from which Reg 15(5)(a) counts
             */
            lastReviewedOn?: string;
            /** @description Every version issued, in order, each in full; the last is the one in force */
            versions: {
              /** @description 1, 2, …: the order in which versions were issued */
              version: number;
              /**
               * @description A draft (Reg 13(1)) or a final plan (Reg 13(2), 22(3))
               * @enum {string}
               */
              status: 'draft' | 'final';
              /**
               * Format: date
               * @description The day it was issued
               */
              issuedOn: string;
              /** @description The LA that issued this version */
              issuedBy: string;
              /** @description Sections A to K (Reg 12(1)(a)–(k)); H is H1 (CSDPA 1970 s.2) and H2; I only on a final plan (CFA 2014 s.38(5)) */
              sections: {
                A: {
                  /** @description A: the views, interests and aspirations of the child and the parent */
                  text: string;
                };
                B: {
                  /**
                   * @description SEN2 / school census need code
                   * @enum {string}
                   */
                  primaryNeed: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
                  secondaryNeeds?: (
                    'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH'
                  )[];
                  /** @description B: the special educational needs */
                  description: string;
                };
                C: {
                  /** @description C: health care needs related to the SEN */
                  text: string;
                };
                D: {
                  /** @description D: social care needs related to the SEN or disability */
                  text: string;
                };
                /** @description E: the outcomes sought */
                E: {
                  /** @description Kept by every later version (docs/domain.md "Section E") */
                  outcomeId: string;
                  /** @description The outcome */
                  text: string;
                  /**
                   * @description Preparation for adulthood area (CoP 8.5)
                   * @enum {string}
                   */
                  area?: 'education' | 'employment' | 'independent-living' | 'community' | 'health';
                  /**
                   * Format: date
                   * @description When it should be achieved
                   */
                  by?: string;
                }[];
                F: {
                  items: {
                    /** @description What is provided */
                    provision: string;
                    /** @description Hours each time; absent for provision that is not time-based */
                    hours?: number;
                    /** @description How often, e.g. "weekly", "3 times a week", "once", "continuous" */
                    frequency: string;
                    /** @description Who delivers it, by role */
                    deliveredBy: string;
                    /**
                     * Format: date
                     * @description When it begins
                     */
                    startsOn?: string;
                    /** @description The national standard this provision goes beyond, by id and version */
                    beyondStandard?: {
                      id: string;
                      version: string | number;
                    };
                  }[];
                };
                G: {
                  /** @description G: health care provision */
                  text: string;
                };
                H1: {
                  /** @description H1: social care provision under CSDPA 1970 s.2 */
                  text: string;
                };
                H2: {
                  /** @description H2: any other social care provision */
                  text: string;
                };
                I?: {
                  /**
                   * @description The type of school or institution
                   * @enum {string}
                   */
                  type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
                  /** @description The setting’s URN or UKPRN */
                  settingId?: string;
                  name?: string;
                };
                J: {
                  /** @description J: the personal budget, if any */
                  text: string;
                };
                /** @description K: the advice and information gathered */
                K: {
                  /** @description The advice or information */
                  title: string;
                  from?: string;
                  /**
                   * Format: date
                   * @description Its date
                   */
                  date?: string;
                }[];
              };
            }[];
          };
          /** @description SHA-256, in hex, of the RFC 8785 canonical JSON of `plan` */
          sha256: string;
          /** @description The Reg 15 transfer the plan is being sent for, when one is pending */
          transfer?: {
            /** Format: uuid */
            transferId: string;
            /** @description DfE three-digit LA code */
            fromLa: string;
            /** @description DfE three-digit LA code */
            toLa: string;
            /**
             * Format: date
             * @description The day of the move
             */
            movedOn: string;
            /**
             * Format: date
             * @description The day the sending LA learned of it
             */
            learnedOn: string;
          };
          /** @description Where the exporting system had itself received the plan from, oldest first; empty for a plan made there */
          provenance: {
            /** @description DfE three-digit LA code */
            fromLa: string;
            /** Format: date-time */
            exportedAt: string;
            sha256: string;
            /** Format: uri */
            format: string;
            /** Format: uuid */
            transferId?: string;
            /** @description DfE three-digit LA code */
            importedBy: string;
            /**
             * Format: date
             * @description The day it was imported
             */
            importedOn: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Imported before by this LA: nothing recorded, the case it started */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, EHCP.IMPORT_CASE_EXISTS, EHCP.IMPORT_FROM_SAME_LA, EHCP.IMPORT_HASH_MISMATCH, EHCP.IMPORT_NEEDS_FINAL_PLAN, EHCP.IMPORT_NOT_FOR_YOUR_LA, EHCP.IMPORT_VERSIONS_OUT_OF_ORDER, IDEMPOTENCY.KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'EHCP.IMPORT_CASE_EXISTS'
              | 'EHCP.IMPORT_FROM_SAME_LA'
              | 'EHCP.IMPORT_HASH_MISMATCH'
              | 'EHCP.IMPORT_NEEDS_FINAL_PLAN'
              | 'EHCP.IMPORT_NOT_FOR_YOUR_LA'
              | 'EHCP.IMPORT_VERSIONS_OUT_OF_ORDER'
              | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetSettingContextController_forLa: {
    parameters: {
      query: {
        /** @description The results version in force on this date (default today); the cohort is always counted today */
        asOf?: string;
        la: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            setting: {
              settingId: string;
              name: string;
              /** @enum {string} */
              type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
              la: string;
            };
            /** @description The day the results version in force is taken on */
            asOf: string;
            cohort: {
              /** @description The day the cohort is counted on: today */
              asOf: string;
              /** @description Plans naming the setting, the sum over needs */
              plans: (number | null) | 'c';
              byNeed: {
                SPLD: (number | null) | 'c';
                MLD: (number | null) | 'c';
                SLD: (number | null) | 'c';
                PMLD: (number | null) | 'c';
                SEMH: (number | null) | 'c';
                SLCN: (number | null) | 'c';
                HI: (number | null) | 'c';
                VI: (number | null) | 'c';
                MSI: (number | null) | 'c';
                PD: (number | null) | 'c';
                ASD: (number | null) | 'c';
                OTH: (number | null) | 'c';
              };
            };
            results: {
              /** @description e.g. "2024/25" */
              academicYear: string;
              /** @enum {string} */
              measure:
                | 'ks2-rwm-expected-pct'
                | 'ks4-attainment8'
                | 'ks4-progress8'
                | 'attendance-pct'
                | 'persistent-absence-pct'
                | 'suspensions-per-100';
              value: number | 'c';
              cohortSize: number | 'c';
            }[];
            source: {
              version: number;
              importedOn: string;
              /** @description SHA-256 of the results file as sent */
              sha256: string;
            } | null;
            /**
             * @description Exact for caseworkers and managers of the setting’s LA; suppressed (counts of 1 to 4 as "c") for anyone else
             * @enum {string}
             */
            disclosure: 'management-information' | 'suppressed';
          }[];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetSettingContextController_forSetting: {
    parameters: {
      query?: {
        /** @description The results version in force on this date (default today); the cohort is always counted today */
        asOf?: string;
      };
      header?: never;
      path: {
        settingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            setting: {
              settingId: string;
              name: string;
              /** @enum {string} */
              type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
              la: string;
            };
            /** @description The day the results version in force is taken on */
            asOf: string;
            cohort: {
              /** @description The day the cohort is counted on: today */
              asOf: string;
              /** @description Plans naming the setting, the sum over needs */
              plans: (number | null) | 'c';
              byNeed: {
                SPLD: (number | null) | 'c';
                MLD: (number | null) | 'c';
                SLD: (number | null) | 'c';
                PMLD: (number | null) | 'c';
                SEMH: (number | null) | 'c';
                SLCN: (number | null) | 'c';
                HI: (number | null) | 'c';
                VI: (number | null) | 'c';
                MSI: (number | null) | 'c';
                PD: (number | null) | 'c';
                ASD: (number | null) | 'c';
                OTH: (number | null) | 'c';
              };
            };
            results: {
              /** @description e.g. "2024/25" */
              academicYear: string;
              /** @enum {string} */
              measure:
                | 'ks2-rwm-expected-pct'
                | 'ks4-attainment8'
                | 'ks4-progress8'
                | 'attendance-pct'
                | 'persistent-absence-pct'
                | 'suspensions-per-100';
              value: number | 'c';
              cohortSize: number | 'c';
            }[];
            source: {
              version: number;
              importedOn: string;
              /** @description SHA-256 of the results file as sent */
              sha256: string;
            } | null;
            /**
             * @description Exact for caseworkers and managers of the setting’s LA; suppressed (counts of 1 to 4 as "c") for anyone else
             * @enum {string}
             */
            disclosure: 'management-information' | 'suppressed';
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: PLACEMENT.SETTING_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'PLACEMENT.SETTING_NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ImportSettingResultsController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportSettingResultsDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            la: string;
            /** @description The revision of the stream after the write (the next If-Match) */
            revision: number;
            events: components['schemas']['WrittenEvent'][];
            /** @enum {boolean} */
            viewsBehind?: true;
            version?: number;
            importedOn?: string;
            sha256: string;
            rows: number;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: IDEMPOTENCY.KEY_REUSED, PLACEMENT.RESULTS_EMPTY, PLACEMENT.RESULTS_UNCHANGED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              'IDEMPOTENCY.KEY_REUSED' | 'PLACEMENT.RESULTS_EMPTY' | 'PLACEMENT.RESULTS_UNCHANGED' | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ListSettingsController_list: {
    parameters: {
      query?: {
        la?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settingId: string;
            name: string;
            la: string;
            /** @enum {string} */
            type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
            phases: ('early-years' | 'primary' | 'secondary' | 'post-16')[];
            needs: ('SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH')[];
            /** @description Places for children with EHC plans, as registered */
            capacity: number;
            /** @description Places taken */
            placesTaken: number;
            /** @description Places free */
            placesFree: number;
            academyTrust?: string;
            registeredOn: string;
            /** @description The SENCO, with qualificationDueOn while the qualification is awaited */
            senco?: {
              name?: string;
              appointedOn: string;
              /** @description Holds the SENCO qualification */
              qualified: boolean;
              qualifiedOn?: string;
              /** @description The head recorded being satisfied the qualification is under way */
              headSatisfiedOn?: string;
              /** @description The clock for the qualification, on the setting */
              deadlineId?: string;
              /** @description While the qualification is awaited: the day it is due */
              qualificationDueOn?: string;
            };
          }[];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RegisterSettingController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterSettingDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settingId: string;
            /** @description The revision of the stream after the write (the next If-Match) */
            revision: number;
            events: components['schemas']['WrittenEvent'][];
            /** @enum {boolean} */
            viewsBehind?: true;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: IDEMPOTENCY.KEY_REUSED, PLACEMENT.SETTING_ALREADY_REGISTERED, PLACEMENT.SETTING_INVALID. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED' | 'PLACEMENT.SETTING_ALREADY_REGISTERED' | 'PLACEMENT.SETTING_INVALID';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ListSettingsController_one: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        settingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settingId: string;
            name: string;
            la: string;
            /** @enum {string} */
            type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
            phases: ('early-years' | 'primary' | 'secondary' | 'post-16')[];
            needs: ('SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH')[];
            /** @description Places for children with EHC plans, as registered */
            capacity: number;
            /** @description Places taken */
            placesTaken: number;
            /** @description Places free */
            placesFree: number;
            academyTrust?: string;
            registeredOn: string;
            /** @description The SENCO, with qualificationDueOn while the qualification is awaited */
            senco?: {
              name?: string;
              appointedOn: string;
              /** @description Holds the SENCO qualification */
              qualified: boolean;
              qualifiedOn?: string;
              /** @description The head recorded being satisfied the qualification is under way */
              headSatisfiedOn?: string;
              /** @description The clock for the qualification, on the setting */
              deadlineId?: string;
              /** @description While the qualification is awaited: the day it is due */
              qualificationDueOn?: string;
            };
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: PLACEMENT.SETTING_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'PLACEMENT.SETTING_NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AppointSencoController_appoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        settingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AppointSencoDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settingId: string;
            /** @description The revision of the stream after the write (the next If-Match) */
            revision: number;
            events: components['schemas']['WrittenEvent'][];
            /** @enum {boolean} */
            viewsBehind?: true;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: PLACEMENT.SETTING_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'PLACEMENT.SETTING_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.SATISFIED_BEFORE_APPOINTMENT, PLACEMENT.SENCO_BEFORE_PREVIOUS_SENCO, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.SATISFIED_BEFORE_APPOINTMENT'
              | 'PLACEMENT.SENCO_BEFORE_PREVIOUS_SENCO'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordSencoQualifiedController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        settingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSencoQualifiedDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settingId: string;
            /** @description The revision of the stream after the write (the next If-Match) */
            revision: number;
            events: components['schemas']['WrittenEvent'][];
            /** @enum {boolean} */
            viewsBehind?: true;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: PLACEMENT.SETTING_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'PLACEMENT.SETTING_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.NO_SENCO, PLACEMENT.QUALIFIED_BEFORE_APPOINTMENT, PLACEMENT.SENCO_ALREADY_QUALIFIED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.NO_SENCO'
              | 'PLACEMENT.QUALIFIED_BEFORE_APPOINTMENT'
              | 'PLACEMENT.SENCO_ALREADY_QUALIFIED'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordHeadSatisfiedController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        settingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordHeadSatisfiedDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            settingId: string;
            /** @description The revision of the stream after the write (the next If-Match) */
            revision: number;
            events: components['schemas']['WrittenEvent'][];
            /** @enum {boolean} */
            viewsBehind?: true;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: PLACEMENT.SETTING_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'PLACEMENT.SETTING_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.NO_SENCO, PLACEMENT.SATISFIED_BEFORE_APPOINTMENT, PLACEMENT.SENCO_ALREADY_QUALIFIED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.NO_SENCO'
              | 'PLACEMENT.SATISFIED_BEFORE_APPOINTMENT'
              | 'PLACEMENT.SENCO_ALREADY_QUALIFIED'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetInclusionPlanController_get: {
    parameters: {
      query?: {
        /** @description The version in force on this date; default the latest */
        asOf?: string;
      };
      header?: never;
      path: {
        la: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            publishedOn: string;
            /** @description The ETag */
            revision: number;
            versions: {
              version: number;
              publishedOn: string;
            }[];
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: PLACEMENT.NO_INCLUSION_PLAN. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'PLACEMENT.NO_INCLUSION_PLAN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PublishInclusionPlanController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        la: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishInclusionPlanDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            la: string;
            /** @description The revision of the stream after the write (the next If-Match) */
            revision: number;
            events: components['schemas']['WrittenEvent'][];
            /** @enum {boolean} */
            viewsBehind?: true;
            version: number;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.PARTNER_IS_SELF, PLACEMENT.PLAN_BEFORE_PREVIOUS_VERSION, PLACEMENT.UNKNOWN_SETTING, STANDARDS.NOT_IN_FORCE, STANDARDS.UNKNOWN_STANDARD, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.PARTNER_IS_SELF'
              | 'PLACEMENT.PLAN_BEFORE_PREVIOUS_VERSION'
              | 'PLACEMENT.UNKNOWN_SETTING'
              | 'STANDARDS.NOT_IN_FORCE'
              | 'STANDARDS.UNKNOWN_STANDARD'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetTailoredListController_list: {
    parameters: {
      query?: {
        /** @description Default: the child's, from the case */
        dateOfBirth?: string;
        /** @description Default: section B's primary need in the latest plan */
        primaryNeed?: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
        /** @description Default today; while a phase transfer is coming, the day of the transfer (the new phase) */
        asOf?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            la: string;
            asOf: string;
            /** @description The primary need and the stage of education as of asOf */
            child: {
              /** @enum {string} */
              primaryNeed: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
              /** @description The National Curriculum year (Reception 0) */
              curriculumYear: number;
              /** @description e.g. "Year 6" */
              yearLabel: string;
              /** @description e.g. "2025/26" */
              academicYear: string;
              /**
               * @description Absent past the academic year in which the young person turns 25 (CFA s.46)
               * @enum {string}
               */
              phase?: 'early-years' | 'primary' | 'secondary' | 'post-16';
            };
            items: components['schemas']['TailoredListItem'][];
            /** @description The phase transfer coming or last started, without its phase */
            phaseTransfer?: components['schemas']['PhaseTransferRound'];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ProduceTailoredListController_produce: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProduceTailoredListDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TailoredListProducedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'DATE.IN_THE_FUTURE' | 'IDEMPOTENCY.KEY_REUSED' | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetPlacementController_placement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            la: string;
            /** @description The ETag */
            revision: number;
            /** @enum {string} */
            status: 'none' | 'open' | 'allocated';
            tailoredListsProduced: number;
            lastTailoredListOn?: string;
            preferences?: {
              ranked: string[];
              expressedOn: string;
            };
            consultations: {
              /** Format: uuid */
              consultationId: string;
              settingId: string;
              name: string;
              sentOn: string;
              /** @description Its 15-day clock on GET …/deadlines */
              deadlineId: string;
              answer?: {
                answeredOn: string;
                /** @enum {string} */
                answer: 'can-meet' | 'cannot-meet';
                grounds?: (
                  | 'unsuitable-for-age-ability-aptitude-sen'
                  | 'incompatible-with-efficient-education-of-others'
                  | 'incompatible-with-efficient-use-of-resources'
                )[];
                objectionUpheld: boolean;
              };
            }[];
            allocation?: {
              settingId: string;
              name: string;
              /** @enum {string} */
              type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
              decidedOn: string;
              /** @description Its rank among the preferences */
              preferenceRank: number;
              passedOver: {
                settingId: string;
                /** @enum {string} */
                why: 'no-place' | 'objection-upheld';
              }[];
            };
            directions: {
              settingId: string;
              name: string;
              /** @enum {string} */
              type: 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
              academyTrust: string;
              directedOn: string;
              reason: string;
              appeal?: {
                lodgedOn: string;
                decision?: {
                  decidedOn: string;
                  /** @description The adjudicator agreed with the trust: the direction falls */
                  upheld: boolean;
                };
              };
            }[];
            phaseTransfers: components['schemas']['PhaseTransferRound'][];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ExpressPreferencesController_express: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpressPreferencesDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.ALREADY_ALLOCATED, PLACEMENT.DUPLICATE_PREFERENCE, PLACEMENT.NO_PREFERENCES, PLACEMENT.UNKNOWN_SETTING, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.ALREADY_ALLOCATED'
              | 'PLACEMENT.DUPLICATE_PREFERENCE'
              | 'PLACEMENT.NO_PREFERENCES'
              | 'PLACEMENT.UNKNOWN_SETTING'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FamilyPreferencesController_send: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FamilyPreferencesDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: IDEMPOTENCY.KEY_REUSED, PLACEMENT.ALREADY_ALLOCATED, PLACEMENT.DUPLICATE_PREFERENCE, PLACEMENT.NO_PREFERENCES, PLACEMENT.UNKNOWN_SETTING. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.ALREADY_ALLOCATED'
              | 'PLACEMENT.DUPLICATE_PREFERENCE'
              | 'PLACEMENT.NO_PREFERENCES'
              | 'PLACEMENT.UNKNOWN_SETTING';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ConsultSettingController_consult: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultSettingDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SettingConsultedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.CONSULTATION_OPEN, PLACEMENT.UNKNOWN_SETTING, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.CONSULTATION_OPEN'
              | 'PLACEMENT.UNKNOWN_SETTING'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AnswerConsultationController_answer: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        consultationId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerConsultationDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, PLACEMENT.CONSULTATION_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'PLACEMENT.CONSULTATION_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.ALREADY_ANSWERED, PLACEMENT.ANSWER_BEFORE_CONSULTATION, PLACEMENT.GROUNDS_REQUIRED, PLACEMENT.GROUNDS_WITHOUT_OBJECTION, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.ALREADY_ANSWERED'
              | 'PLACEMENT.ANSWER_BEFORE_CONSULTATION'
              | 'PLACEMENT.GROUNDS_REQUIRED'
              | 'PLACEMENT.GROUNDS_WITHOUT_OBJECTION'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AllocatePlaceController_allocate: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AllocatePlaceDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceAllocatedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, PLACEMENT.SETTING_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'PLACEMENT.SETTING_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.ALLOCATION_BEFORE_PREFERENCES, PLACEMENT.ALREADY_ALLOCATED, PLACEMENT.NOT_A_PREFERENCE, PLACEMENT.NO_PLACE, PLACEMENT.NO_PLACE_AVAILABLE, PLACEMENT.NO_PREFERENCES, PLACEMENT.OBJECTION_UPHELD, PLACEMENT.PREFERENCE_ORDER_NOT_FOLLOWED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.ALLOCATION_BEFORE_PREFERENCES'
              | 'PLACEMENT.ALREADY_ALLOCATED'
              | 'PLACEMENT.NOT_A_PREFERENCE'
              | 'PLACEMENT.NO_PLACE'
              | 'PLACEMENT.NO_PLACE_AVAILABLE'
              | 'PLACEMENT.NO_PREFERENCES'
              | 'PLACEMENT.OBJECTION_UPHELD'
              | 'PLACEMENT.PREFERENCE_ORDER_NOT_FOLLOWED'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DirectAdmissionController_direct: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DirectAdmissionDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.ALREADY_ALLOCATED, PLACEMENT.DIRECTION_BEFORE_APPEAL_DECISION, PLACEMENT.DIRECTION_IN_FORCE, PLACEMENT.NOT_AN_ACADEMY, PLACEMENT.REASON_REQUIRED, PLACEMENT.UNKNOWN_SETTING, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.ALREADY_ALLOCATED'
              | 'PLACEMENT.DIRECTION_BEFORE_APPEAL_DECISION'
              | 'PLACEMENT.DIRECTION_IN_FORCE'
              | 'PLACEMENT.NOT_AN_ACADEMY'
              | 'PLACEMENT.REASON_REQUIRED'
              | 'PLACEMENT.UNKNOWN_SETTING'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  LodgeDirectionAppealController_lodge: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LodgeDirectionAppealDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.APPEAL_ALREADY_LODGED, PLACEMENT.APPEAL_BEFORE_DIRECTION, PLACEMENT.NO_DIRECTION, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.APPEAL_ALREADY_LODGED'
              | 'PLACEMENT.APPEAL_BEFORE_DIRECTION'
              | 'PLACEMENT.NO_DIRECTION'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecideDirectionAppealController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideDirectionAppealDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, PLACEMENT.APPEAL_ALREADY_DECIDED, PLACEMENT.APPEAL_DECISION_BEFORE_APPEAL, PLACEMENT.NO_APPEAL, PLACEMENT.NO_DIRECTION, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'PLACEMENT.APPEAL_ALREADY_DECIDED'
              | 'PLACEMENT.APPEAL_DECISION_BEFORE_APPEAL'
              | 'PLACEMENT.NO_APPEAL'
              | 'PLACEMENT.NO_DIRECTION'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetDisputesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            /** @description The ETag */
            revision: number;
            disputes: {
              disputeId: string;
              /**
               * @description The latest milestone; the facts are kept beside it
               * @enum {string}
               */
              status:
                | 'raised'
                | 'adviser-contacted'
                | 'mediation-declined'
                | 'mediation-requested'
                | 'mediation-held'
                | 'agreement-reached'
                | 'certified'
                | 'appealed'
                | 'order-made';
              about: (
                | 'refusal-to-assess'
                | 'no-plan'
                | 'section-b'
                | 'section-f'
                | 'section-i'
                | 'cease'
                | 'health-social-care'
                | 'review-decision'
                | 'refusal-to-reassess'
              )[];
              /** @enum {string} */
              decision?: 'refusal-to-assess' | 'no-plan' | 'plan-contents' | 'cease' | 'review-decision' | 'refusal-to-reassess';
              rightsId?: string;
              /** @description YYYY-MM-DD */
              decisionLetterOn: string;
              /** @description YYYY-MM-DD */
              raisedOn: string;
              /** @description Each mediation step recorded, by step */
              mediation: {
                'adviser-contacted'?: {
                  /** @description YYYY-MM-DD */
                  on: string;
                  notes?: string;
                };
                declined?: {
                  /** @description YYYY-MM-DD */
                  on: string;
                  notes?: string;
                };
                requested?: {
                  /** @description YYYY-MM-DD */
                  on: string;
                  notes?: string;
                };
                held?: {
                  /** @description YYYY-MM-DD */
                  on: string;
                  notes?: string;
                };
                agreement?: {
                  /** @description YYYY-MM-DD */
                  on: string;
                  notes?: string;
                };
                'not-arranged'?: {
                  /** @description YYYY-MM-DD */
                  on: string;
                  notes?: string;
                };
              };
              /** @description YYYY-MM-DD */
              certificateOn?: string;
              /** @description The LA did not arrange mediation in time: the family is owed its certificate by this day */
              certificateOwedBy?: string;
              agreement?: {
                agreementId?: string;
                /** @description YYYY-MM-DD */
                on: string;
                /** @enum {string} */
                order?: 'assess' | 'make-plan' | 'amend-provision' | 'amend-setting' | 'cease-dismissed';
                steps: {
                  /** @description What the LA must do (Reg 44) */
                  step: string;
                  /** @description YYYY-MM-DD */
                  dueOn: string;
                }[];
                /** @description YYYY-MM-DD */
                agreedDueOn?: string;
                /** @description YYYY-MM-DD */
                doneOn?: string;
              };
              appeal?: {
                /** @description YYYY-MM-DD */
                registeredOn: string;
                /** @description YYYY-MM-DD */
                windowEndsOn: string;
                inTime: boolean;
                extensionGranted: boolean;
                /** @enum {string} */
                policy: 'current-law' | 'mandatory-mediation';
              };
              orders: {
                orderId: string;
                /** @enum {string} */
                order: 'assess' | 'make-plan' | 'amend-provision' | 'amend-setting' | 'cease-dismissed';
                /** @description YYYY-MM-DD */
                madeOn: string;
                steps: {
                  /** @description What the LA must do (Reg 44) */
                  step: string;
                  /** @description YYYY-MM-DD */
                  dueOn: string;
                }[];
              }[];
            }[];
            appealRights: {
              rightsId: string;
              /** @enum {string} */
              decision: 'refusal-to-assess' | 'no-plan' | 'plan-contents' | 'cease' | 'review-decision' | 'refusal-to-reassess';
              /** @description YYYY-MM-DD */
              decisionLetterOn: string;
              sourceEventIds: string[];
              /** @description The latest certificate of a dispute about this decision */
              certificateOn?: string;
              /** @description The last day to appeal (HESC Rules r.20(1)) */
              windowEndsOn: string;
              /** @description The appeal-window clock now running */
              deadlineId: string;
              /** @description How many windows there have been: a certificate moves it */
              windows: number;
            }[];
            /** @description Recorded here before recommendations moved to the decision whether to assess: history only */
            panelRecommendations: {
              recommendationId: string;
              /** @enum {string} */
              recommendation: 'assess' | 'refuse';
              /** @description YYYY-MM-DD */
              meetingOn: string;
              notes?: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RaiseDisputeController_raise: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RaiseDisputeDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeRaisedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, MEDIATION.DATE_BEFORE_DECISION_LETTER, MEDIATION.ISSUES_FROM_DIFFERENT_DECISIONS, MEDIATION.ISSUES_REQUIRED, STATUTORY.INVALID_DATE, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'MEDIATION.DATE_BEFORE_DECISION_LETTER'
              | 'MEDIATION.ISSUES_FROM_DIFFERENT_DECISIONS'
              | 'MEDIATION.ISSUES_REQUIRED'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordMediationStepController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disputeId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordMediationStepDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MediationStepRecordedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, MEDIATION.DISPUTE_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'MEDIATION.DISPUTE_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, MEDIATION.AGREED_DATE_BEFORE_AGREEMENT, MEDIATION.AGREEMENT_ORDER_NOT_APPEALABLE, MEDIATION.CERTIFICATE_ALREADY_ISSUED, MEDIATION.DATE_BEFORE_DECISION_LETTER, MEDIATION.MEDIATION_ALREADY_HELD, MEDIATION.MEDIATION_DECLINED, MEDIATION.MEDIATION_NOT_HELD, MEDIATION.MEDIATION_NOT_REQUESTED, MEDIATION.ONLY_WITH_AGREEMENT, MEDIATION.STEP_ALREADY_RECORDED, MEDIATION.DATE_BEFORE_PRECEDING_STEP, STATUTORY.INVALID_DATE, STATUTORY.NO_FIXED_PERIOD, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'MEDIATION.AGREED_DATE_BEFORE_AGREEMENT'
              | 'MEDIATION.AGREEMENT_ORDER_NOT_APPEALABLE'
              | 'MEDIATION.CERTIFICATE_ALREADY_ISSUED'
              | 'MEDIATION.DATE_BEFORE_DECISION_LETTER'
              | 'MEDIATION.MEDIATION_ALREADY_HELD'
              | 'MEDIATION.MEDIATION_DECLINED'
              | 'MEDIATION.MEDIATION_NOT_HELD'
              | 'MEDIATION.MEDIATION_NOT_REQUESTED'
              | 'MEDIATION.ONLY_WITH_AGREEMENT'
              | 'MEDIATION.STEP_ALREADY_RECORDED'
              | 'MEDIATION.DATE_BEFORE_PRECEDING_STEP'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.NO_FIXED_PERIOD'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordAgreementDoneController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disputeId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAgreementDoneDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, MEDIATION.DISPUTE_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'MEDIATION.DISPUTE_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, MEDIATION.AGREEMENT_ALREADY_DONE, MEDIATION.DATE_BEFORE_PRECEDING_STEP, MEDIATION.AGREEMENT_MET_BY_ACTS, MEDIATION.NO_AGREEMENT, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'MEDIATION.AGREEMENT_ALREADY_DONE'
              | 'MEDIATION.DATE_BEFORE_PRECEDING_STEP'
              | 'MEDIATION.AGREEMENT_MET_BY_ACTS'
              | 'MEDIATION.NO_AGREEMENT'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordCertificateController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disputeId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCertificateDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, MEDIATION.DISPUTE_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'MEDIATION.DISPUTE_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, MEDIATION.CERTIFICATE_ALREADY_ISSUED, MEDIATION.DATE_BEFORE_PRECEDING_STEP, MEDIATION.DATE_BEFORE_DECISION_LETTER, STATUTORY.INVALID_DATE, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'MEDIATION.CERTIFICATE_ALREADY_ISSUED'
              | 'MEDIATION.DATE_BEFORE_PRECEDING_STEP'
              | 'MEDIATION.DATE_BEFORE_DECISION_LETTER'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RegisterAppealController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disputeId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterAppealDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, MEDIATION.DISPUTE_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'MEDIATION.DISPUTE_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, MEDIATION.ALREADY_APPEALED, MEDIATION.APPEAL_OUT_OF_TIME, MEDIATION.CERTIFICATE_REQUIRED, MEDIATION.DATE_BEFORE_DECISION_LETTER, MEDIATION.NOT_APPEALABLE, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'MEDIATION.ALREADY_APPEALED'
              | 'MEDIATION.APPEAL_OUT_OF_TIME'
              | 'MEDIATION.CERTIFICATE_REQUIRED'
              | 'MEDIATION.DATE_BEFORE_DECISION_LETTER'
              | 'MEDIATION.NOT_APPEALABLE'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordTribunalOrderController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disputeId: string;
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordTribunalOrderDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TribunalOrderRecordedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, MEDIATION.DISPUTE_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'MEDIATION.DISPUTE_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, MEDIATION.NO_APPEAL, MEDIATION.ORDER_ALREADY_MADE, MEDIATION.ORDER_BEFORE_APPEAL, MEDIATION.ORDER_NOT_ABOUT_DISPUTE, STATUTORY.INVALID_DATE, STATUTORY.UNKNOWN_RULE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'MEDIATION.NO_APPEAL'
              | 'MEDIATION.ORDER_ALREADY_MADE'
              | 'MEDIATION.ORDER_BEFORE_APPEAL'
              | 'MEDIATION.ORDER_NOT_ABOUT_DISPUTE'
              | 'STATUTORY.INVALID_DATE'
              | 'STATUTORY.UNKNOWN_RULE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetDisputesController_one: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        disputeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
          } & {
            disputeId: string;
            /**
             * @description The latest milestone; the facts are kept beside it
             * @enum {string}
             */
            status:
              | 'raised'
              | 'adviser-contacted'
              | 'mediation-declined'
              | 'mediation-requested'
              | 'mediation-held'
              | 'agreement-reached'
              | 'certified'
              | 'appealed'
              | 'order-made';
            about: (
              | 'refusal-to-assess'
              | 'no-plan'
              | 'section-b'
              | 'section-f'
              | 'section-i'
              | 'cease'
              | 'health-social-care'
              | 'review-decision'
              | 'refusal-to-reassess'
            )[];
            /** @enum {string} */
            decision?: 'refusal-to-assess' | 'no-plan' | 'plan-contents' | 'cease' | 'review-decision' | 'refusal-to-reassess';
            rightsId?: string;
            /** @description YYYY-MM-DD */
            decisionLetterOn: string;
            /** @description YYYY-MM-DD */
            raisedOn: string;
            /** @description Each mediation step recorded, by step */
            mediation: {
              'adviser-contacted'?: {
                /** @description YYYY-MM-DD */
                on: string;
                notes?: string;
              };
              declined?: {
                /** @description YYYY-MM-DD */
                on: string;
                notes?: string;
              };
              requested?: {
                /** @description YYYY-MM-DD */
                on: string;
                notes?: string;
              };
              held?: {
                /** @description YYYY-MM-DD */
                on: string;
                notes?: string;
              };
              agreement?: {
                /** @description YYYY-MM-DD */
                on: string;
                notes?: string;
              };
              'not-arranged'?: {
                /** @description YYYY-MM-DD */
                on: string;
                notes?: string;
              };
            };
            /** @description YYYY-MM-DD */
            certificateOn?: string;
            /** @description The LA did not arrange mediation in time: the family is owed its certificate by this day */
            certificateOwedBy?: string;
            agreement?: {
              agreementId?: string;
              /** @description YYYY-MM-DD */
              on: string;
              /** @enum {string} */
              order?: 'assess' | 'make-plan' | 'amend-provision' | 'amend-setting' | 'cease-dismissed';
              steps: {
                /** @description What the LA must do (Reg 44) */
                step: string;
                /** @description YYYY-MM-DD */
                dueOn: string;
              }[];
              /** @description YYYY-MM-DD */
              agreedDueOn?: string;
              /** @description YYYY-MM-DD */
              doneOn?: string;
            };
            appeal?: {
              /** @description YYYY-MM-DD */
              registeredOn: string;
              /** @description YYYY-MM-DD */
              windowEndsOn: string;
              inTime: boolean;
              extensionGranted: boolean;
              /** @enum {string} */
              policy: 'current-law' | 'mandatory-mediation';
            };
            orders: {
              orderId: string;
              /** @enum {string} */
              order: 'assess' | 'make-plan' | 'amend-provision' | 'amend-setting' | 'cease-dismissed';
              /** @description YYYY-MM-DD */
              madeOn: string;
              steps: {
                /** @description What the LA must do (Reg 44) */
                step: string;
                /** @description YYYY-MM-DD */
                dueOn: string;
              }[];
            }[];
          } & {
            /** @description The appeal rights the dispute is about */
            appealRights?: {
              rightsId: string;
              /** @enum {string} */
              decision: 'refusal-to-assess' | 'no-plan' | 'plan-contents' | 'cease' | 'review-decision' | 'refusal-to-reassess';
              /** @description YYYY-MM-DD */
              decisionLetterOn: string;
              sourceEventIds: string[];
              /** @description The latest certificate of a dispute about this decision */
              certificateOn?: string;
              /** @description The last day to appeal (HESC Rules r.20(1)) */
              windowEndsOn: string;
              /** @description The appeal-window clock now running */
              deadlineId: string;
              /** @description How many windows there have been: a certificate moves it */
              windows: number;
            };
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, MEDIATION.DISPUTE_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'MEDIATION.DISPUTE_NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetReferenceDataController_bands: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD; today by default */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            status: string;
            checksum: string;
            /** @description The notional SEN threshold */
            threshold: unknown;
            /** @description The national bands */
            bands: unknown;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: FUNDING.NO_REFERENCE_DATA. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'FUNDING.NO_REFERENCE_DATA';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetReferenceDataController_tariffs: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD; today by default */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            status: string;
            checksum: string;
            /** @description The notional SEN threshold */
            threshold: unknown;
            /** @description Weeks open by setting type */
            weeksOpen: unknown;
            weeksOpenNote?: string;
            /** @description Place funding */
            placeFunding: unknown;
            /** @description How tariffs are counted */
            counting: unknown;
            /** @description The national tariffs */
            tariffs: unknown;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: FUNDING.NO_REFERENCE_DATA. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'FUNDING.NO_REFERENCE_DATA';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetFundingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            /** @description The ETag */
            revision: number;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, FUNDING.NOT_PRICED. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'FUNDING.NOT_PRICED';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplyLocalAdjustmentController_apply: {
    parameters: {
      query?: never;
      header?: {
        /** @description The revision of the stream this route writes, as last seen */
        'If-Match'?: string;
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplyLocalAdjustmentDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocalAdjustmentAppliedAnswer'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description The body is too large. Codes: REQUEST.TOO_LARGE. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.TOO_LARGE';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, IDEMPOTENCY.KEY_REUSED, FUNDING.ADJUSTMENT_ALREADY_APPLIED, FUNDING.ADJUSTMENT_BEFORE_PLAN, FUNDING.ADJUSTMENT_EXCEEDS_TOP_UP, FUNDING.ADJUSTMENT_INVALID, FUNDING.APPROVER_MUST_DIFFER, FUNDING.APPROVER_REQUIRED, FUNDING.FUNDING_ENDED, FUNDING.PLAN_NOT_PRICED, FUNDING.REASON_REQUIRED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'FUNDING.ADJUSTMENT_ALREADY_APPLIED'
              | 'FUNDING.ADJUSTMENT_BEFORE_PLAN'
              | 'FUNDING.ADJUSTMENT_EXCEEDS_TOP_UP'
              | 'FUNDING.ADJUSTMENT_INVALID'
              | 'FUNDING.APPROVER_MUST_DIFFER'
              | 'FUNDING.APPROVER_REQUIRED'
              | 'FUNDING.FUNDING_ENDED'
              | 'FUNDING.PLAN_NOT_PRICED'
              | 'FUNDING.REASON_REQUIRED'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetHighNeedsBudgetController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        la: string;
        financialYear: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            la: string;
            financialYear: string;
            revision: number;
            budgetPence: number | null;
            setOn: string | null;
            committedPence: number;
            cases: number;
            headroomPence: number | null;
            /** @description Of the financial year; null when no final plan was issued in it */
            timeliness: {
              /** @description Final plans issued in the period */
              plans: number;
              /**
               * @description Share issued within the 20 weeks, to 1 dp
               * @example 62.5
               */
              percent: number;
              /**
               * @description The same, leaving out plans under a lawful exception, as the DfE reports it
               * @example 71.4
               */
              percentExcludingExceptions: number;
            } | null;
            risk: {
              /** @description Committed beyond the budget */
              overBudget: boolean;
              /** @description Absent without a timeliness figure */
              timelinessBelowThreshold?: boolean;
              flags: ('over-budget' | 'timeliness-below-threshold' | 'no-budget-set')[];
            };
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  SetHighNeedsBudgetController_set: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key records nothing twice */
        'Idempotency-Key'?: string;
        /** @description The revision of the LA's funding stream, as last seen */
        'If-Match'?: string;
      };
      path: {
        la: string;
        financialYear: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetHighNeedsBudgetDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            la: string;
            financialYear: string;
            /** @description The revision of the stream after the write (the next If-Match) */
            revision: number;
            events: components['schemas']['WrittenEvent'][];
            /** @enum {boolean} */
            viewsBehind?: true;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DATE.IN_THE_FUTURE, FUNDING.BUDGET_INVALID, FUNDING.FINANCIAL_YEAR_INVALID, IDEMPOTENCY.KEY_REUSED, STATUTORY.INVALID_DATE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'DATE.IN_THE_FUTURE'
              | 'FUNDING.BUDGET_INVALID'
              | 'FUNDING.FINANCIAL_YEAR_INVALID'
              | 'IDEMPOTENCY.KEY_REUSED'
              | 'STATUTORY.INVALID_DATE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_token: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenAnswerDto'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description Too many wrong passwords; `Retry-After` and `retryAfterSeconds` say when to come back. Codes: AUTH.TOO_MANY_ATTEMPTS. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.TOO_MANY_ATTEMPTS';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  CasesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSummary'];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  CasesController_deadlines: {
    parameters: {
      query?: {
        /** @description Status of each deadline as of this date (default today in England) */
        asOf?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Deadline'][];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  AuditController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            type: string;
            stream: string;
            revision: number;
            /** @description The store position, as a string (64 bits) */
            position: string;
            occurredAt: string;
            recordedAt: string;
            actor: {
              /** @description The account, or process:<name> for a process */
              id: string;
              /** @enum {string} */
              role: 'caseworker' | 'manager' | 'auditor' | 'tribunal' | 'regions' | 'family' | 'admin' | 'system';
            };
            reason?: string;
            correlationId: string;
            causationId: string;
            schemaVersion: number;
            /** @description The event’s data as stored: its shape follows the event’s type, so it is left open */
            data: {
              [key: string]: unknown;
            };
            hash: string;
            prevHash: string;
            /** @description Where the event holds personal data encrypted at rest: { data, reason? } as read, opened or "[erased]"; data and reason above are as stored, which the hash covers */
            readable?: {
              /** @description The data as read: its shape follows the event’s type */
              data: {
                [key: string]: unknown;
              };
              reason?: string;
            };
          }[];
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description A stored event the answer needs no longer parses; `streamId` and `revision` say where (GET …/verify names it). Codes: STORE.UNREADABLE_EVENT. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'STORE.UNREADABLE_EVENT';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            valid: boolean;
            streams: {
              stream: string;
              valid: boolean;
            }[];
            attachments: {
              checked: number;
              problems: {
                /** Format: uuid */
                caseId: string;
                /** Format: uuid */
                attachmentId: string;
                sha256: string;
                /** @description missing or altered */
                problem: string;
              }[];
            };
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_replay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            asOf: string;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description A stored event the answer needs no longer parses; `streamId` and `revision` say where (GET …/verify names it). Codes: STORE.UNREADABLE_EVENT. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'STORE.UNREADABLE_EVENT';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_replayDiff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            from: string;
            to: string;
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description A stored event the answer needs no longer parses; `streamId` and `revision` say where (GET …/verify names it). Codes: STORE.UNREADABLE_EVENT. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'STORE.UNREADABLE_EVENT';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_accessLog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            valid: boolean;
            reads: {
              /** Format: uuid */
              eventId: string;
              who: string;
              role: string;
              when: string;
              what: string;
              /** @description The query of the read */
              query?: unknown;
              hash: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  TimelineController_timeline: {
    parameters: {
      query?: {
        /** @description Business date YYYY-MM-DD, inclusive */
        from?: string;
        /** @description Business date YYYY-MM-DD, inclusive */
        to?: string;
        /** @description Comma-separated: request, decision, evidence, notice, plan, deadline, dispute, order, funding */
        kinds?: string;
        /** @description ISO 8601 instant: the timeline as recorded then */
        asOf?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            /** Format: uuid */
            caseId: string;
            entries: {
              /** @description The business date of the act (YYYY-MM-DD) */
              at: string;
              /** @enum {string} */
              kind: 'request' | 'decision' | 'evidence' | 'notice' | 'plan' | 'deadline' | 'dispute' | 'order' | 'funding';
              /** @description Plain English: "Final EHC plan issued (version 2)" */
              title: string;
              actor: {
                /** @description The account, or process:<name> for a process */
                id: string;
                /** @enum {string} */
                role: 'caseworker' | 'manager' | 'auditor' | 'tribunal' | 'regions' | 'family' | 'admin' | 'system';
              };
              /** @description The reason given, where the act records one */
              reason?: string;
              /** @description The legal source of the act or rule, where there is one */
              source?: string;
              /** @description Further facts beside the title, plain text */
              details?: string[];
              /** @description How a statutory clock stood at the entry */
              deadline?: {
                rule: string;
                /** @description The legal source of the rule */
                source: string;
                dueOn?: string;
                /** @enum {string} */
                status: 'open' | 'met' | 'breached' | 'excepted' | 'not-applicable';
                closedOn?: string;
                exception?: {
                  ground: string;
                  evidence?: string;
                  source?: string;
                };
                /** @description Why the clock no longer applies */
                why?: string;
              };
              /** @description The stored events the entry is derived from */
              eventIds: string[];
              /** @description When the first of those events was recorded (ISO 8601) */
              recordedAt: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description A stored event the answer needs no longer parses; `streamId` and `revision` say where (GET …/verify names it). Codes: STORE.UNREADABLE_EVENT. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'STORE.UNREADABLE_EVENT';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  BundleController_bundle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description A stored event the answer needs no longer parses; `streamId` and `revision` say where (GET …/verify names it). Codes: STORE.UNREADABLE_EVENT. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'STORE.UNREADABLE_EVENT';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  BundleController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            valid: boolean;
            code: string;
            generatedAt: string;
            caseRef: string;
            streams: {
              /** @description The stream by name for a reader of the case; by its context only for anyone else */
              stream: string;
              /** @description Its revision when the bundle was built */
              revision: number;
              /** @description The hash of its last event then */
              hash: string;
              /** @description Unchanged since, and its hash chain intact */
              valid: boolean;
            }[];
            streamsAdded?: string[];
            pages: number;
            sha256: string;
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  AdminController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            position: string;
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: ADMIN.UNKNOWN_PROJECTION. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'ADMIN.UNKNOWN_PROJECTION';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  AdminController_sweep: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Breaches recorded */
            recorded: number;
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: ADMIN.NO_WATCHER. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'ADMIN.NO_WATCHER';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  TeamController_team: {
    parameters: {
      query?: {
        /** @description First day of the period (default: 12 months before `to`, the day after) */
        from?: string;
        /** @description Last day of the period (default: today in England) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            la: string;
            asOf: string;
            /** @description Every stage, in pathway order: the open cases with a duty clock past its due date and under no exception */
            overdueByStage: {
              /** @enum {string} */
              stage:
                | 'requested'
                | 'assessing'
                | 'assessment-refused'
                | 'plan-to-issue'
                | 'no-plan'
                | 'draft-issued'
                | 'plan-final'
                | 'plan-review'
                | 'plan-amendment'
                | 'ceasing'
                | 'ceased';
              cases: number;
            }[];
            overdueTotal: number;
            /** @description Of the period; the percentages absent when no final plan was issued in it */
            timeliness: {
              from: string;
              to: string;
              /** @description Final plans issued in the period */
              plans: number;
              /**
               * @description Share issued within the 20 weeks, to 1 dp
               * @example 62.5
               */
              percent?: number;
              /**
               * @description The same, leaving out plans under a lawful exception, as the DfE reports it
               * @example 71.4
               */
              percentExcludingExceptions?: number;
            };
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  DashboardsController_inclusion: {
    parameters: {
      query?: {
        /** @description The LA (three-digit DfE code); an LA user may ask only for their own */
        la?: string;
        /** @description First day of the period, YYYY-MM-DD (default: 1 January of `to`'s year) */
        from?: string;
        /** @description Last day of the period and the date the figures are as of (default: today in England) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            generatedAt: string;
            from: string;
            to: string;
            /** @description The user's own LA, or the LA asked for */
            la?: {
              area: {
                /** @enum {string} */
                kind: 'la' | 'england';
                la?: string;
                name: string;
              };
              /** @enum {string} */
              disclosure: 'management-information' | 'suppressed';
              requests: {
                total: number | 'c';
                byRequester: {
                  parent: number | 'c';
                  'young-person': number | 'c';
                  setting: number | 'c';
                  other: number | 'c';
                };
              };
              assessmentDecisions: {
                total: number | 'c';
                assess: number | 'c';
                refuse: number | 'c';
                within6Weeks: number | 'c';
                after6Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                within6WeeksPct: (number | null) | 'c';
              };
              assessmentsConcluded: {
                total: number | 'c';
                planToIssue: number | 'c';
                noPlan: number | 'c';
                noPlanWithin16Weeks: number | 'c';
                noPlanAfter16Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                noPlanWithin16WeeksPct: (number | null) | 'c';
              };
              refusalsCitingStandard: {
                total: number | 'c';
                byNeed: {
                  SPLD: number | 'c';
                  MLD: number | 'c';
                  SLD: number | 'c';
                  PMLD: number | 'c';
                  SEMH: number | 'c';
                  SLCN: number | 'c';
                  HI: number | 'c';
                  VI: number | 'c';
                  MSI: number | 'c';
                  PD: number | 'c';
                  ASD: number | 'c';
                  OTH: number | 'c';
                };
              };
              finalPlans: {
                includingExceptions: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                excludingExceptions: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                exceptionCases: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                openPast20Weeks: number | 'c';
              };
              caseload: {
                asOf: string;
                total: number | 'c';
                byAge: {
                  'under-5': number | 'c';
                  '5-10': number | 'c';
                  '11-15': number | 'c';
                  '16-19': number | 'c';
                  '20-25': number | 'c';
                };
                byNeed: {
                  SPLD: number | 'c';
                  MLD: number | 'c';
                  SLD: number | 'c';
                  PMLD: number | 'c';
                  SEMH: number | 'c';
                  SLCN: number | 'c';
                  HI: number | 'c';
                  VI: number | 'c';
                  MSI: number | 'c';
                  PD: number | 'c';
                  ASD: number | 'c';
                  OTH: number | 'c';
                  'not-recorded': number | 'c';
                };
                bySetting: {
                  mainstream: number | 'c';
                  resourced: number | 'c';
                  special: number | 'c';
                  alternative: number | 'c';
                  independent: number | 'c';
                  'post-16': number | 'c';
                  'not-named': number | 'c';
                };
                newPlans: number | 'c';
                ceased: {
                  total: number | 'c';
                  byReason: {
                    1: number | 'c';
                    2: number | 'c';
                    3: number | 'c';
                    4: number | 'c';
                    5: number | 'c';
                    6: number | 'c';
                    7: number | 'c';
                    8: number | 'c';
                    9: number | 'c';
                  };
                };
              };
              reviews: {
                due: number | 'c';
                held: number | 'c';
                decided: number | 'c';
                decidedWithin4Weeks: number | 'c';
                decidedAfter4Weeks: number | 'c';
                amendedPlans: number | 'c';
                amendedWithin8Weeks: number | 'c';
                amendedAfter8Weeks: number | 'c';
                phaseTransfersDue: number | 'c';
                phaseTransfersOnTime: number | 'c';
                phaseTransfersNotOnTime: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                decidedWithin4WeeksPct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                amendedWithin8WeeksPct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                phaseTransfersOnTimePct: (number | null) | 'c';
                outcomes: {
                  maintain: number | 'c';
                  amend: number | 'c';
                  cease: number | 'c';
                };
              };
              disputes: {
                mediations: number | 'c';
                mediationsHeld: number | 'c';
                appealsRegistered: number | 'c';
                appealableDecisions: number | 'c';
                ordersMade: number | 'c';
                ordersComplied: number | 'c';
                ordersCompliedOnTime: number | 'c';
                ordersCompliedLate: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                appealRatePct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                ordersCompliedOnTimePct: (number | null) | 'c';
              };
              spend: {
                /** @description e.g. "2025-26": the financial year the period ends in */
                financialYear: string;
                /** @description The high-needs budget; null when none is set */
                budgetPence: number | null;
                /** @description Pence; "c" whenever its count of plans is */
                committedPence: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                committedPct: (number | null) | 'c';
                plans: number | 'c';
                byBand: {
                  bandId: string;
                  name: string;
                  plans: number | 'c';
                  /** @description Pence; "c" whenever its count of plans is */
                  pence: number | 'c';
                }[];
                bySetting: {
                  mainstream: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  resourced: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  special: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  alternative: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  independent: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  'post-16': {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  'not-named': {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                };
              };
              outcomeProgress: {
                assessed: number | 'c';
                progressingOrAchieved: number | 'c';
                notProgressing: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                pct: (number | null) | 'c';
                byNeed: {
                  SPLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  MLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  PMLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SEMH: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SLCN: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  HI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  VI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  MSI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  PD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  ASD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  OTH: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  'not-recorded': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                };
                byAge: {
                  'under-5': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '5-10': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '11-15': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '16-19': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '20-25': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                };
              };
              months: {
                /** @description YYYY-MM */
                month: string;
                requests: number | 'c';
                finalPlans: number | 'c';
                within20Weeks: number | 'c';
                after20Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                within20WeeksPct: (number | null) | 'c';
                caseload: number | 'c';
              }[];
            };
            /** @description One area's figures (AreaFigures): an LA, or England */
            england?: {
              area: {
                /** @enum {string} */
                kind: 'la' | 'england';
                la?: string;
                name: string;
              };
              /** @enum {string} */
              disclosure: 'management-information' | 'suppressed';
              requests: {
                total: number | 'c';
                byRequester: {
                  parent: number | 'c';
                  'young-person': number | 'c';
                  setting: number | 'c';
                  other: number | 'c';
                };
              };
              assessmentDecisions: {
                total: number | 'c';
                assess: number | 'c';
                refuse: number | 'c';
                within6Weeks: number | 'c';
                after6Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                within6WeeksPct: (number | null) | 'c';
              };
              assessmentsConcluded: {
                total: number | 'c';
                planToIssue: number | 'c';
                noPlan: number | 'c';
                noPlanWithin16Weeks: number | 'c';
                noPlanAfter16Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                noPlanWithin16WeeksPct: (number | null) | 'c';
              };
              refusalsCitingStandard: {
                total: number | 'c';
                byNeed: {
                  SPLD: number | 'c';
                  MLD: number | 'c';
                  SLD: number | 'c';
                  PMLD: number | 'c';
                  SEMH: number | 'c';
                  SLCN: number | 'c';
                  HI: number | 'c';
                  VI: number | 'c';
                  MSI: number | 'c';
                  PD: number | 'c';
                  ASD: number | 'c';
                  OTH: number | 'c';
                };
              };
              finalPlans: {
                includingExceptions: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                excludingExceptions: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                exceptionCases: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                openPast20Weeks: number | 'c';
              };
              caseload: {
                asOf: string;
                total: number | 'c';
                byAge: {
                  'under-5': number | 'c';
                  '5-10': number | 'c';
                  '11-15': number | 'c';
                  '16-19': number | 'c';
                  '20-25': number | 'c';
                };
                byNeed: {
                  SPLD: number | 'c';
                  MLD: number | 'c';
                  SLD: number | 'c';
                  PMLD: number | 'c';
                  SEMH: number | 'c';
                  SLCN: number | 'c';
                  HI: number | 'c';
                  VI: number | 'c';
                  MSI: number | 'c';
                  PD: number | 'c';
                  ASD: number | 'c';
                  OTH: number | 'c';
                  'not-recorded': number | 'c';
                };
                bySetting: {
                  mainstream: number | 'c';
                  resourced: number | 'c';
                  special: number | 'c';
                  alternative: number | 'c';
                  independent: number | 'c';
                  'post-16': number | 'c';
                  'not-named': number | 'c';
                };
                newPlans: number | 'c';
                ceased: {
                  total: number | 'c';
                  byReason: {
                    1: number | 'c';
                    2: number | 'c';
                    3: number | 'c';
                    4: number | 'c';
                    5: number | 'c';
                    6: number | 'c';
                    7: number | 'c';
                    8: number | 'c';
                    9: number | 'c';
                  };
                };
              };
              reviews: {
                due: number | 'c';
                held: number | 'c';
                decided: number | 'c';
                decidedWithin4Weeks: number | 'c';
                decidedAfter4Weeks: number | 'c';
                amendedPlans: number | 'c';
                amendedWithin8Weeks: number | 'c';
                amendedAfter8Weeks: number | 'c';
                phaseTransfersDue: number | 'c';
                phaseTransfersOnTime: number | 'c';
                phaseTransfersNotOnTime: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                decidedWithin4WeeksPct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                amendedWithin8WeeksPct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                phaseTransfersOnTimePct: (number | null) | 'c';
                outcomes: {
                  maintain: number | 'c';
                  amend: number | 'c';
                  cease: number | 'c';
                };
              };
              disputes: {
                mediations: number | 'c';
                mediationsHeld: number | 'c';
                appealsRegistered: number | 'c';
                appealableDecisions: number | 'c';
                ordersMade: number | 'c';
                ordersComplied: number | 'c';
                ordersCompliedOnTime: number | 'c';
                ordersCompliedLate: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                appealRatePct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                ordersCompliedOnTimePct: (number | null) | 'c';
              };
              spend: {
                /** @description e.g. "2025-26": the financial year the period ends in */
                financialYear: string;
                /** @description The high-needs budget; null when none is set */
                budgetPence: number | null;
                /** @description Pence; "c" whenever its count of plans is */
                committedPence: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                committedPct: (number | null) | 'c';
                plans: number | 'c';
                byBand: {
                  bandId: string;
                  name: string;
                  plans: number | 'c';
                  /** @description Pence; "c" whenever its count of plans is */
                  pence: number | 'c';
                }[];
                bySetting: {
                  mainstream: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  resourced: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  special: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  alternative: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  independent: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  'post-16': {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  'not-named': {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                };
              };
              outcomeProgress: {
                assessed: number | 'c';
                progressingOrAchieved: number | 'c';
                notProgressing: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                pct: (number | null) | 'c';
                byNeed: {
                  SPLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  MLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  PMLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SEMH: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SLCN: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  HI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  VI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  MSI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  PD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  ASD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  OTH: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  'not-recorded': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                };
                byAge: {
                  'under-5': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '5-10': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '11-15': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '16-19': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '20-25': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                };
              };
              months: {
                /** @description YYYY-MM */
                month: string;
                requests: number | 'c';
                finalPlans: number | 'c';
                within20Weeks: number | 'c';
                after20Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                within20WeeksPct: (number | null) | 'c';
                caseload: number | 'c';
              }[];
            };
            /** @description Every LA with cases, for a national role or when no LA is asked for */
            las?: {
              area: {
                /** @enum {string} */
                kind: 'la' | 'england';
                la?: string;
                name: string;
              };
              /** @enum {string} */
              disclosure: 'management-information' | 'suppressed';
              requests: {
                total: number | 'c';
                byRequester: {
                  parent: number | 'c';
                  'young-person': number | 'c';
                  setting: number | 'c';
                  other: number | 'c';
                };
              };
              assessmentDecisions: {
                total: number | 'c';
                assess: number | 'c';
                refuse: number | 'c';
                within6Weeks: number | 'c';
                after6Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                within6WeeksPct: (number | null) | 'c';
              };
              assessmentsConcluded: {
                total: number | 'c';
                planToIssue: number | 'c';
                noPlan: number | 'c';
                noPlanWithin16Weeks: number | 'c';
                noPlanAfter16Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                noPlanWithin16WeeksPct: (number | null) | 'c';
              };
              refusalsCitingStandard: {
                total: number | 'c';
                byNeed: {
                  SPLD: number | 'c';
                  MLD: number | 'c';
                  SLD: number | 'c';
                  PMLD: number | 'c';
                  SEMH: number | 'c';
                  SLCN: number | 'c';
                  HI: number | 'c';
                  VI: number | 'c';
                  MSI: number | 'c';
                  PD: number | 'c';
                  ASD: number | 'c';
                  OTH: number | 'c';
                };
              };
              finalPlans: {
                includingExceptions: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                excludingExceptions: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                exceptionCases: {
                  total: number | 'c';
                  within20Weeks: number | 'c';
                  from20To52Weeks: number | 'c';
                  over52Weeks: number | 'c';
                  /** @description To 1 dp; null when its denominator is 0 */
                  within20WeeksPct: (number | null) | 'c';
                };
                openPast20Weeks: number | 'c';
              };
              caseload: {
                asOf: string;
                total: number | 'c';
                byAge: {
                  'under-5': number | 'c';
                  '5-10': number | 'c';
                  '11-15': number | 'c';
                  '16-19': number | 'c';
                  '20-25': number | 'c';
                };
                byNeed: {
                  SPLD: number | 'c';
                  MLD: number | 'c';
                  SLD: number | 'c';
                  PMLD: number | 'c';
                  SEMH: number | 'c';
                  SLCN: number | 'c';
                  HI: number | 'c';
                  VI: number | 'c';
                  MSI: number | 'c';
                  PD: number | 'c';
                  ASD: number | 'c';
                  OTH: number | 'c';
                  'not-recorded': number | 'c';
                };
                bySetting: {
                  mainstream: number | 'c';
                  resourced: number | 'c';
                  special: number | 'c';
                  alternative: number | 'c';
                  independent: number | 'c';
                  'post-16': number | 'c';
                  'not-named': number | 'c';
                };
                newPlans: number | 'c';
                ceased: {
                  total: number | 'c';
                  byReason: {
                    1: number | 'c';
                    2: number | 'c';
                    3: number | 'c';
                    4: number | 'c';
                    5: number | 'c';
                    6: number | 'c';
                    7: number | 'c';
                    8: number | 'c';
                    9: number | 'c';
                  };
                };
              };
              reviews: {
                due: number | 'c';
                held: number | 'c';
                decided: number | 'c';
                decidedWithin4Weeks: number | 'c';
                decidedAfter4Weeks: number | 'c';
                amendedPlans: number | 'c';
                amendedWithin8Weeks: number | 'c';
                amendedAfter8Weeks: number | 'c';
                phaseTransfersDue: number | 'c';
                phaseTransfersOnTime: number | 'c';
                phaseTransfersNotOnTime: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                decidedWithin4WeeksPct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                amendedWithin8WeeksPct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                phaseTransfersOnTimePct: (number | null) | 'c';
                outcomes: {
                  maintain: number | 'c';
                  amend: number | 'c';
                  cease: number | 'c';
                };
              };
              disputes: {
                mediations: number | 'c';
                mediationsHeld: number | 'c';
                appealsRegistered: number | 'c';
                appealableDecisions: number | 'c';
                ordersMade: number | 'c';
                ordersComplied: number | 'c';
                ordersCompliedOnTime: number | 'c';
                ordersCompliedLate: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                appealRatePct: (number | null) | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                ordersCompliedOnTimePct: (number | null) | 'c';
              };
              spend: {
                /** @description e.g. "2025-26": the financial year the period ends in */
                financialYear: string;
                /** @description The high-needs budget; null when none is set */
                budgetPence: number | null;
                /** @description Pence; "c" whenever its count of plans is */
                committedPence: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                committedPct: (number | null) | 'c';
                plans: number | 'c';
                byBand: {
                  bandId: string;
                  name: string;
                  plans: number | 'c';
                  /** @description Pence; "c" whenever its count of plans is */
                  pence: number | 'c';
                }[];
                bySetting: {
                  mainstream: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  resourced: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  special: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  alternative: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  independent: {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  'post-16': {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                  'not-named': {
                    plans: number | 'c';
                    /** @description Pence; "c" whenever its count of plans is */
                    pence: number | 'c';
                  };
                };
              };
              outcomeProgress: {
                assessed: number | 'c';
                progressingOrAchieved: number | 'c';
                notProgressing: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                pct: (number | null) | 'c';
                byNeed: {
                  SPLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  MLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  PMLD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SEMH: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  SLCN: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  HI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  VI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  MSI: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  PD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  ASD: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  OTH: {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  'not-recorded': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                };
                byAge: {
                  'under-5': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '5-10': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '11-15': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '16-19': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                  '20-25': {
                    assessed: number | 'c';
                    progressingOrAchieved: number | 'c';
                    notProgressing: number | 'c';
                    /** @description To 1 dp; null when its denominator is 0 */
                    pct: (number | null) | 'c';
                  };
                };
              };
              months: {
                /** @description YYYY-MM */
                month: string;
                requests: number | 'c';
                finalPlans: number | 'c';
                within20Weeks: number | 'c';
                after20Weeks: number | 'c';
                /** @description To 1 dp; null when its denominator is 0 */
                within20WeeksPct: (number | null) | 'c';
                caseload: number | 'c';
              }[];
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: DASHBOARD.PERIOD_IN_FUTURE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'DASHBOARD.PERIOD_IN_FUTURE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  ReturnsController_return: {
    parameters: {
      query: {
        /** @description The LA making the return (its three-digit code) */
        la: string;
        /** @description The census (reference) date, YYYY-MM-DD: the survey day in January after the year reported on */
        census: string;
        /** @description One module as CSV (text/csv); without it, the whole return as XML (application/xml, whatever the Accept header) */
        module?:
          | 'header'
          | 'person'
          | 'requests'
          | 'assessment'
          | 'named-plan'
          | 'plan-detail'
          | 'active-plans'
          | 'placement-detail'
          | 'sen-need';
        /** @description csv needs a module; xml is the whole return (also Accept: application/xml) */
        format?: 'csv' | 'xml';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/xml': string;
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: RETURNS.CENSUS_IN_FUTURE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'RETURNS.CENSUS_IN_FUTURE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  ReturnsController_reconciliation: {
    parameters: {
      query: {
        /** @description The LA making the return (its three-digit code) */
        la: string;
        /** @description The census (reference) date, YYYY-MM-DD: the survey day in January after the year reported on */
        census: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            la: string;
            census: string;
            reportingYear: number;
            matches: boolean;
            rows: {
              /** @description The measure, as docs/sen2.md "Reconciliation" names it */
              measure: string;
              /** @description The count in the return */
              sen2: number;
              /** @description The inclusion dashboard's count */
              dashboard: number;
              matches: boolean;
              /** @description Where the two count differently by design */
              note?: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: RETURNS.CENSUS_IN_FUTURE. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'RETURNS.CENSUS_IN_FUTURE';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  FamilyInvitationsController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            invitationId: string;
            /** @description The one-time code to give the family; never shown again */
            code?: string;
            /** @description The last day the code can be used (YYYY-MM-DD) */
            expiresOn: string;
            /** @description The revision of the family-access stream after the write */
            revision: number;
            events: {
              /** Format: uuid */
              id: string;
              type: string;
            }[];
            withheld?: string[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: FAMILY.CASE_ERASED, IDEMPOTENCY.KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'FAMILY.CASE_ERASED' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  FamilyInvitationsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            invitations: {
              /** Format: uuid */
              invitationId: string;
              issuedAt: string;
              issuedBy: string;
              expiresOn: string;
              /** @enum {string} */
              status: 'open' | 'expired' | 'redeemed' | 'revoked';
            }[];
            accounts: {
              username: string;
              createdAt: string;
              revokedAt: string | null;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  FamilyInvitationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            accountsClosed: number;
            /** @description The revision of the family-access stream after the write */
            revision: number;
            events: {
              /** Format: uuid */
              id: string;
              type: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: FAMILY.NOTHING_TO_REVOKE, IDEMPOTENCY.KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'FAMILY.NOTHING_TO_REVOKE' | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  FamilyInvitationsController_redeem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RedeemInvitationDto'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The username to sign in with, as kept (lower case) */
            username: string;
            /** @description A signed access token for the new account, as POST /api/v1/auth/token gives */
            accessToken?: string;
            /** @enum {string} */
            tokenType?: 'Bearer';
            withheld?: string[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: FAMILY.INVITATION_NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'FAMILY.INVITATION_NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the stream has moved past; `currentRevision` says where it is. Codes: CONCURRENCY.STALE_REVISION. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CONCURRENCY.STALE_REVISION';
          };
        };
      };
      /** @description A domain rule refused the request; nothing was recorded. Codes: FAMILY.INVITATION_ALREADY_USED, FAMILY.INVITATION_EXPIRED, FAMILY.INVITATION_REVOKED, FAMILY.CASE_ERASED, FAMILY.USERNAME_TAKEN, IDEMPOTENCY.KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?:
              | 'FAMILY.INVITATION_ALREADY_USED'
              | 'FAMILY.INVITATION_EXPIRED'
              | 'FAMILY.INVITATION_REVOKED'
              | 'FAMILY.CASE_ERASED'
              | 'FAMILY.USERNAME_TAKEN'
              | 'IDEMPOTENCY.KEY_REUSED';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  FamilyController_view: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            /** @description Today in England (YYYY-MM-DD): the day statuses are given for */
            asOf: string;
            child: {
              givenName: string;
              familyName: string;
            };
            stage: string;
            decisions: {
              /** @description Business date (YYYY-MM-DD) */
              on: string;
              /** @description What was decided, in plain English */
              what: string;
              /** @description Who decided: the council team or role, not a staff account */
              by: string;
              /** @description The reason recorded, where there is one */
              why?: string;
              /** @description The law behind it */
              source?: string;
              details: string[];
            }[];
            laDeadlines: {
              what: string;
              source: string;
              startedOn: string;
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'met' | 'missed' | 'excepted' | 'not-applicable';
              closedOn?: string;
              /** @description Plain English: "Met on 3 March 2026" */
              summary: string;
            }[];
            yourRights: {
              what: string;
              source: string;
              from: string;
              /** @description The last day (YYYY-MM-DD) */
              until: string;
              /** @enum {string} */
              status: 'open' | 'closed';
              whatYouCanDo: string;
            }[];
            plan: {
              version: number;
              /** @description draft, final, ceasing or ceased */
              status: string;
              issuedOn: string;
              sections: components['schemas']['PlanSections'];
            } | null;
            placement: {
              choices: {
                /** @description The id to send in POST /api/v1/family/placement/preferences */
                settingId: string;
                name: string;
                type: string;
                reasons: string[];
              }[];
              /** @description The day the council produced the list (YYYY-MM-DD) */
              listGivenOn: string | null;
              preferences: {
                expressedOn: string;
                ranked: {
                  settingId: string;
                  name?: string;
                }[];
              } | null;
            };
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND';
          };
        };
      };
      /** @description A stored event the answer needs no longer parses; `streamId` and `revision` say where (GET …/verify names it). Codes: STORE.UNREADABLE_EVENT. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'STORE.UNREADABLE_EVENT';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE';
          };
        };
      };
    };
  };
  AttachmentsReadController_content: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
          'video/mp4': string;
          'video/webm': string;
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: CASE.NOT_FOUND, ATTACHMENT.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'CASE.NOT_FOUND' | 'ATTACHMENT.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: AUDIT.ACCESS_LOG_UNAVAILABLE, ATTACHMENT.FILE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUDIT.ACCESS_LOG_UNAVAILABLE' | 'ATTACHMENT.FILE_UNAVAILABLE';
          };
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready' | 'degraded';
            checks: {
              [key: string]: string;
            };
            subscribers: {
              /** @description The read model */
              name: string;
              /** @description The store position it has read up to, as a string (64 bits) */
              position: string;
              /** @description Stopped at this event, which it could not apply: what is behind, and why */
              stuck?: {
                streamId: string;
                revision: number;
                position: string;
                problem: string;
              };
              /** @description While a rebuild from position 0 runs */
              rebuilding?: {
                /** @description The store head it rebuilds up to */
                head: string;
              };
            }[];
            degraded?: string[];
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Something the answer depends on cannot be reached or written now. Codes: OPERATIONS.NOT_READY. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'OPERATIONS.NOT_READY';
          };
        };
      };
    };
  };
  HealthController_metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
    };
  };
  GetStandardsController_list: {
    parameters: {
      query?: {
        phase?: 'early-years' | 'primary' | 'secondary' | 'post-16';
        need?: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
        kind?: 'ordinarily-available' | 'plan-criterion';
        /** @description YYYY-MM-DD; today by default */
        asOf?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            asOf: string;
            standards: {
              id: string;
              version: number;
              /** @enum {string} */
              kind: 'ordinarily-available' | 'plan-criterion';
              /**
               * @description SEN2 primary need code
               * @enum {string}
               */
              need: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
              /** @enum {string} */
              phase: 'early-years' | 'primary' | 'secondary' | 'post-16';
              title: string;
              text: string;
              /** @description Where the rule comes from; "illustrative" until DfE publishes standards */
              source: string;
              /** @description YYYY-MM-DD */
              effectiveFrom: string;
              /** @description YYYY-MM-DD: the day before the next version took effect */
              effectiveTo?: string;
              /** @description The catalogue file's status, e.g. "illustrative — not DfE standards" */
              status: string;
              /** @description The catalogue file it came in */
              release: string;
              /** @description SHA-256 of the entry, as recorded by StandardLoaded */
              checksum: string;
            }[];
          };
        };
      };
      /** @description A body, query, path or header that fails validation, or malformed JSON. Codes: REQUEST.INVALID, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.MALFORMED_TEXT. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'REQUEST.INVALID' | 'REQUEST.MALFORMED_JSON' | 'REQUEST.TOO_DEEP' | 'REQUEST.MALFORMED_TEXT';
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  GetStandardsController_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The standard's id, e.g. "oap-slcn-primary" */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            versions: {
              id: string;
              version: number;
              /** @enum {string} */
              kind: 'ordinarily-available' | 'plan-criterion';
              /**
               * @description SEN2 primary need code
               * @enum {string}
               */
              need: 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
              /** @enum {string} */
              phase: 'early-years' | 'primary' | 'secondary' | 'post-16';
              title: string;
              text: string;
              /** @description Where the rule comes from; "illustrative" until DfE publishes standards */
              source: string;
              /** @description YYYY-MM-DD */
              effectiveFrom: string;
              /** @description YYYY-MM-DD: the day before the next version took effect */
              effectiveTo?: string;
              /** @description The catalogue file's status, e.g. "illustrative — not DfE standards" */
              status: string;
              /** @description The catalogue file it came in */
              release: string;
              /** @description SHA-256 of the entry, as recorded by StandardLoaded */
              checksum: string;
            }[];
          };
        };
      };
      /** @description No token, or a bad or expired one. Codes: AUTH.UNAUTHENTICATED. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          };
        };
      };
      /** @description The role may not call the route, or the body names another LA. Codes: AUTH.FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'AUTH.FORBIDDEN';
          };
        };
      };
      /** @description No such thing visible to the caller. Codes: STANDARDS.NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'STANDARDS.NOT_FOUND';
          };
        };
      };
      /** @description An unexpected fault, logged on the server; the answer carries no detail. Codes: INTERNAL. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe. Codes: GATEWAY.SERVICE_UNAVAILABLE. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code?: 'GATEWAY.SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
}

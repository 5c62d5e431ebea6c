/** The consultant side's operations, as the console and outside clients write them. */
export const VIEWER = /* GraphQL */ `query Viewer { viewer { user { id name email } workspaces { id name role } } }`;

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id name email } workspaces { id name role } } }`;

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } workspaces { id name role } } }`;

export const SIGN_OUT = /* GraphQL */ `mutation SignOut { signOut }`;
export const SIGN_OUT_EVERYWHERE = /* GraphQL */ `mutation SignOutEverywhere { signOutEverywhere }`;

export const CREATE_WORKSPACE = /* GraphQL */ `mutation CreateWorkspace($name: String!) { createWorkspace(name: $name) { id name role } }`;

export const WORKSPACE = /* GraphQL */ `
  query Workspace($id: ID!) {
    workspace(id: $id) { id name role members { userId name email role joinedAt } memberInvitations { id role expiresAt createdByName token url } }
  }`;

export const INVITE_MEMBER = /* GraphQL */ `
  mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { id role token url expiresAt createdByName } }`;

export const REVOKE_MEMBER_INVITATION = /* GraphQL */ `
  mutation RevokeMemberInvitation($id: ID!) { revokeMemberInvitation(id: $id) { id role token url } }`;

export const MEMBER_INVITATION = /* GraphQL */ `
  query MemberInvitation($token: String!) { memberInvitation(token: $token) { workspaceName role expiresAt } }`;

export const ACCEPT_MEMBER_INVITATION = /* GraphQL */ `
  mutation AcceptMemberInvitation($token: String!) { acceptMemberInvitation(token: $token) { id name role } }`;

export const REMOVE_MEMBER = /* GraphQL */ `
  mutation RemoveMember($workspaceId: ID!, $userId: ID!) { removeMember(workspaceId: $workspaceId, userId: $userId) }`;

export const ORGANIZATIONS = /* GraphQL */ `
  query Organizations($workspaceId: ID!, $search: String, $first: Int, $after: String, $includeArchived: Boolean) {
    organizations(workspaceId: $workspaceId, search: $search, first: $first, after: $after, includeArchived: $includeArchived) {
      nodes { id name industry archived latestAssessment { id title status overallScore respondentCount submittedCount } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`;

export const ORGANIZATION = /* GraphQL */ `
  query Organization($id: ID!) {
    organization(id: $id) { id name industry size country notes archived assessments { id title status overallScore } }
  }`;

export const CREATE_ORGANIZATION = /* GraphQL */ `
  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name industry size country notes archived } }`;

export const UPDATE_ORGANIZATION = /* GraphQL */ `
  mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name industry size country notes } }`;

export const ARCHIVE_ORGANIZATION = /* GraphQL */ `
  mutation ArchiveOrganization($id: ID!, $archived: Boolean!) { archiveOrganization(id: $id, archived: $archived) { id archived } }`;

export const CREATE_ASSESSMENT = /* GraphQL */ `
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) { id title status locale questionnaireVersion organization { id name } }
  }`;

export const ASSESSMENT = /* GraphQL */ `
  query Assessment($id: ID!, $locale: Locale) {
    assessment(id: $id) {
      id title status closedAt organization { id name }
      respondents { id role label locale progress { answered total } lastActivityAt submittedAt revoked }
      result(locale: $locale) { assessmentId overallScore maturityLevel holismIndex dimensions { dimensionId score } recommendations { id title } }
    }
  }`;

export const CLOSE_ASSESSMENT = /* GraphQL */ `mutation CloseAssessment($id: ID!) { closeAssessment(id: $id) { id status closedAt } }`;
export const REOPEN_ASSESSMENT = /* GraphQL */ `mutation ReopenAssessment($id: ID!) { reopenAssessment(id: $id) { id status closedAt } }`;

export const INVITE_RESPONDENT = /* GraphQL */ `
  mutation InviteRespondent($input: InviteRespondentInput!) { inviteRespondent(input: $input) { id role label locale token url } }`;

export const INVITE_RESPONDENTS = /* GraphQL */ `
  mutation InviteRespondents($input: InviteRespondentsInput!) { inviteRespondents(input: $input) { id role label locale token url } }`;

export const REVOKE_INVITATION = /* GraphQL */ `
  mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id role label token url } }`;

export const INVITED_SESSION = /* GraphQL */ `
  query InvitedSession($token: String!) {
    respondentSession(token: $token) {
      role invited organizationName workspaceName assessmentTitle assessmentStatus progress { answered total }
      questionnaire { dimensions { id questions { id kind roles options { id score } } } }
    }
  }`;

export const SET_ASSESSMENT_SETTINGS = /* GraphQL */ `
  mutation SetAssessmentSettings($input: AssessmentSettingsInput!) {
    setAssessmentSettings(input: $input) { id minGroupSize desiredRelationshipModel targets { dimensionId score } }
  }`;

export const UPDATE_RECOMMENDATION = /* GraphQL */ `
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) { id ruleId title body status dismissReason edited active actionItems { id title owner dueDate status } }
  }`;

export const ADD_RECOMMENDATION = /* GraphQL */ `
  mutation AddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id ruleId title body status horizon dimensionId active } }`;

export const ADD_ACTION_ITEM = /* GraphQL */ `
  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id title owner dueDate status } }`;

export const UPDATE_ACTION_ITEM = /* GraphQL */ `
  mutation UpdateActionItem($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id title owner dueDate status } }`;

export const TEAM_RESULT = /* GraphQL */ `
  query TeamResult($id: ID!) {
    assessment(id: $id) {
      id minGroupSize desiredRelationshipModel targets { dimensionId score }
      result {
        overallScore respondentCount
        dimensions { dimensionId score }
        perceptionGaps { dimensionId questionId roleA roleB scoreA scoreB gap }
        roleGroups { role respondentCount dimensions { dimensionId score } }
        hiddenRoles { role respondentCount outcome }
        agenda { questionId questionPrompt dimensionId groupA { role meanLevel spread } groupB { role meanLevel spread } gap prompt }
        clientVersusPartner { gaps { gap } agenda { questionId prompt } }
        relationshipModel { current desired behindDesired evidence { tag level minLevel met questionIds } }
        dimensionsFromTarget { dimensionId target score distance }
        verbatims { questionId questionPrompt kind text group }
        recommendations {
          id ruleId dimensionId title body status dismissReason edited active priority horizon
          actionItems { id title owner dueDate status }
          history { userName field fromValue toValue changedAt }
        }
      }
    }
  }`;

export const IMPORT_QUESTIONNAIRE = /* GraphQL */ `
  mutation ImportQuestionnaire($input: ImportQuestionnaireInput!) {
    importQuestionnaire(input: $input) { key version title custom dimensionCount questionCount importedAt }
  }`;

export const WORKSPACE_QUESTIONNAIRES = /* GraphQL */ `
  query WorkspaceQuestionnaires($id: ID!) { workspace(id: $id) { id questionnaires { key version title custom questionCount } } }`;

export const CREATE_SHARE_LINK = /* GraphQL */ `
  mutation CreateShareLink($assessmentId: ID!, $expiresAt: DateTimeISO) {
    createShareLink(assessmentId: $assessmentId, expiresAt: $expiresAt) { id token url expiresAt createdByName }
  }`;

export const REVOKE_SHARE_LINK = /* GraphQL */ `
  mutation RevokeShareLink($id: ID!) { revokeShareLink(id: $id) { id token url revokedAt } }`;

export const SHARE_LINKS = /* GraphQL */ `
  query ShareLinks($id: ID!) { assessment(id: $id) { id shareLinks { id token url expiresAt revokedAt createdByName } } }`;

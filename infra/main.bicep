// Trygghetshjulet in a municipality's Azure subscription: one Linux App Service running the service (API,
// bot endpoint and tab), the Azure Bot with its Teams channel and its own user-assigned managed identity,
// Key Vault for the Entra client secret, and Application Insights. Data lives in the municipality's
// SharePoint site, not here.
//
// Who may deploy it: the role assignment below (the web app may read the vault's secrets) writes
// Microsoft.Authorization/roleAssignments, which Contributor cannot. The deployer needs Owner or User
// Access Administrator (or Role Based Access Control Administrator) on the resource group.
//
// Output names: the Agents Toolkit's arm/deploy action writes each output to env/.env.<env> under the
// output's name upper-cased as written (fx-core convertOutputs: `map.set(key.toUpperCase(), value)`), so an
// output `webAppResourceId` would land as WEBAPPRESOURCEID. The outputs are therefore named exactly as
// m365agents.yml and env/.env.dev read them, in upper snake case, as Microsoft's own toolkit templates do
// (`output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id`). test/package/infra.test.ts checks it.

@description('Short name used in every resource name, e.g. trygghet-askersund')
@minLength(3)
@maxLength(24)
param appName string

@description('Azure region')
param location string = resourceGroup().location

@description('Directory (tenant) id of the municipality')
param entraTenantId string

@description('Application (client) id of the app registration used for sign-in and Graph')
param entraClientId string

@description('The SharePoint site the data lives in: <host>,<site collection id>,<web id>')
param sharepointSiteId string

@description('Client secret of the app registration; written to Key Vault as entra-client-secret when given. Empty: set the secret in the vault yourself (docs/deploy.md).')
@secure()
param entraClientSecret string = ''

@description('App Service plan size; B1 is enough for one municipality')
param appServiceSku string = 'B1'

// Lower case: the service derives its Application ID URI from PUBLIC_URL's host, which URL parsing lowers.
var hostName = toLower('${appName}.azurewebsites.net')
var keyVaultName = take('kv-${appName}', 24)

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${appName}'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 90 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${appName}'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

// The secret the toolkit's aadApp/create generated (SECRET_ENTRA_CLIENT_SECRET in env/.env.dev.user). ARM
// writes it through the control plane, so the deployer needs no Key Vault data role for this.
resource entraSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(entraClientSecret)) {
  parent: vault
  name: 'entra-client-secret'
  properties: { value: entraClientSecret, contentType: 'Entra client secret of ${appName}' }
}

// The bot's identity: a user-assigned managed identity, as the Agents Toolkit's current bot templates do
// (msaAppType 'UserAssignedMSI'), so the bot has no secret at all. The Microsoft 365 Agents SDK
// (@microsoft/agents-hosting, AuthType.UserManagedIdentity) gets its tokens from the App Service's
// managed-identity endpoint with the identity's client id (BOT_CLIENT_ID).
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-bot-${appName}'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-${appName}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  // System-assigned: reads Key Vault references. User-assigned: the bot's identity.
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: { '${botIdentity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      // Node 22 LTS: Node 20 reached end of life on 2026-04-30.
      linuxFxVersion: 'NODE|22-lts'
      // The artefact from `npm run build:deploy` (build/deploy/app) keeps this layout: package.json,
      // production node_modules, dist/.
      appCommandLine: 'node dist/api/server.js'
      // Liveness only: App Service restarts an instance that stops answering. Readiness (SharePoint and
      // Entra reachable) is /api/health/ready, for people and monitors, not for the restart loop.
      healthCheckPath: '/api/health'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      alwaysOn: true
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'PUBLIC_URL', value: 'https://${hostName}' }
        { name: 'DEMO_DATA', value: 'false' }
        { name: 'ENTRA_TENANT_ID', value: entraTenantId }
        { name: 'ENTRA_CLIENT_ID', value: entraClientId }
        { name: 'ENTRA_CLIENT_SECRET', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=entra-client-secret)' }
        { name: 'SHAREPOINT_SITE_ID', value: sharepointSiteId }
        { name: 'BOT_CLIENT_ID', value: botIdentity.properties.clientId }
        { name: 'BOT_TENANT_ID', value: botIdentity.properties.tenantId }
        { name: 'BOT_AUTH_TYPE', value: 'UserManagedIdentity' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        // The artefact is built for Linux x64 before it is uploaded (native modules included): App
        // Service must not run npm install or a build on it.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

// The web app reads its secrets from the vault with its own identity: Key Vault Secrets User. Writing this
// role assignment needs Owner or User Access Administrator on the resource group (not Contributor).
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, web.id, 'secrets-user')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${appName}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'Trygghetshjulet'
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: botIdentity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: botIdentity.id
    msaAppTenantId: botIdentity.properties.tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } }
}

// Written by arm/deploy to env/.env.<env> under exactly these names (see the top of this file).
output WEB_APP_RESOURCE_ID string = web.id
output PUBLIC_URL string = 'https://${hostName}'
output PUBLIC_HOST string = hostName
output KEY_VAULT_NAME string = vault.name
output BOT_CLIENT_ID string = botIdentity.properties.clientId
output BOT_TENANT_ID string = botIdentity.properties.tenantId

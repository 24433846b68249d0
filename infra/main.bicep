// Trygghetshjulet in a municipality's Azure subscription: one Linux App Service running the service (API,
// bot endpoint and tab), the Azure Bot with its Teams channel, Key Vault for the secrets, and Application
// Insights. Data lives in the municipality's SharePoint site, not here.

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

@description('App id of the bot (single tenant); may be the same registration as entraClientId')
param botAppId string

@description('App Service plan size; B1 is enough for one municipality')
param appServiceSku string = 'B1'

var hostName = '${appName}.azurewebsites.net'
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
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/api/server.js'
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
        { name: 'BOT_CLIENT_ID', value: botAppId }
        { name: 'BOT_TENANT_ID', value: entraTenantId }
        { name: 'BOT_CLIENT_SECRET', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=bot-client-secret)' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

// The web app reads its secrets from the vault with its own identity: Key Vault Secrets User.
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
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: entraTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } }
}

output webAppResourceId string = web.id
output publicUrl string = 'https://${hostName}'
output keyVaultName string = vault.name

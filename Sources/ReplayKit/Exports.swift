// The executable sees the domain through ReplayKit alone.
@_exported import ReplayCore
@_exported import ReplayStore
@_exported import struct ReplayGit.ObjectID
@_exported import struct ReplayGit.GitError
@_exported import protocol ReplayProviders.HTTPClient
@_exported import class ReplayProviders.NIOHTTPClient
@_exported import ReplayDiff
@_exported import ReplayImport
@_exported import enum ReplayRedaction.PIIKind
@_exported import ReplayForecast

import { ArgsType, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An OpenID Connect provider to sign in with (authorization code with PKCE, S256).' })
export class IdentityProvider {
  @Field({ description: 'What signInWithProvider calls it.' })
  name!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'Its issuer: discovery is at <issuer>/.well-known/openid-configuration.' })
  issuer!: string;

  @Field({ description: 'The client id to send in the authorization request.' })
  clientId!: string;
}

@ArgsType()
export class SignInWithProviderArgs {
  @Field()
  provider!: string;

  @Field({ description: 'The authorization code the provider sent to redirectUri.' })
  code!: string;

  @Field({ description: 'The PKCE code verifier whose S256 challenge went into the authorization request.' })
  codeVerifier!: string;

  @Field({ description: 'The redirect_uri of the authorization request (no query, no fragment).' })
  redirectUri!: string;
}

namespace ListingLsp.Benchmarks.Generation;

/// <summary>
/// The kinds of mistakes the generator plants (about 1% of entries), one per SPEC diagnostic code,
/// handed out round-robin so every code shows up in a large listing.
/// </summary>
internal enum Defect
{
    None,
    MissingDate,          // LST001
    MalformedDate,        // LST002
    ImpossibleDate,       // LST003
    FutureDate,           // LST004
    UnknownCategory,      // LST005
    MissingCategory,      // LST006
    TextAfterHeader,      // LST007
    MissingByline,        // LST010
    NoAuthorStart,        // LST011
    EmptyAuthor,          // LST012
    EtAlVariant,          // LST013
    OrgNotTagForm,        // LST014
    RepeatedAuthor,       // LST015
    RepeatedOrg,          // LST016
    EmptyOrg,             // LST017
    WrongOrgSeparator,    // LST018
    MissingAbstract,      // LST020
    StrayLine,            // LST021
    DuplicateTitle,       // LST030
    CodeWithoutUrl,       // LST031
    UnknownIgnoreCode,    // LST040
}

"""Why an agency profile is refused: one class per reason, each with a plain message.

The wizard and ``keukentafel profile check`` show ``str(error)`` as it is, so every message
says what is wrong and what to do, and :class:`InvalidField` names the field by dotted path.
"""

from __future__ import annotations

from app.i18n import translate


class ProfileError(Exception):
    """Base class; ``str(error)`` is the message for the worker or administrator."""


class InvalidField(ProfileError):
    """A field is missing or wrong; ``field`` is its dotted path (``roster[2].age_public_key``)."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class UnparsableProfile(ProfileError):
    """Not TOML at all; ``detail`` carries tomllib's line and column."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate("Profile", "The profile file is not valid TOML ({detail}).").format(
                detail=detail
            )
        )


class UnreadableProfile(ProfileError):
    """The file cannot be read at all (gone, no permission, an I/O error)."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Profile",
                "The profile file cannot be read. Check that it is the file your agency sent, "
                "then try again.",
            )
        )


class UnsignedProfile(ProfileError):
    def __init__(self) -> None:
        super().__init__(
            translate("Profile", "The profile is not signed. Ask your agency for the signed file.")
        )


class TamperedProfile(ProfileError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Profile",
                "The profile's signature does not match its content: the file was changed "
                "after signing. It was not imported.",
            )
        )


class WrongSigningKey(ProfileError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Profile",
                "The profile is signed by a different key than the one this vault trusts. It "
                "was not imported.",
            )
        )


class OlderVersion(ProfileError):
    def __init__(self, offered: int, installed: int) -> None:
        super().__init__(
            translate(
                "Profile",
                "This profile (version {offered}) is older than the installed one (version "
                "{installed}). It was not imported.",
            ).format(offered=offered, installed=installed)
        )


class ChangedWithoutNewVersion(ProfileError):
    """Same version, other content: ``profile_id@version`` must name exactly one text."""

    def __init__(self, version: int) -> None:
        super().__init__(
            translate(
                "Profile",
                "This profile has the same version ({version}) as the installed one but "
                "different content. The agency must raise the version. It was not imported.",
            ).format(version=version)
        )


class SigningKeyError(ProfileError):
    """The private key file given to ``profile sign`` is not an unencrypted Ed25519 PEM key."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Profile",
                "The signing key file is not an unencrypted Ed25519 private key in PEM format "
                "(make one with: keukentafel profile keygen).",
            )
        )


class SignatureNotLast(ProfileError):
    """Signing rewrites the file from ``[signature]`` on, so it must be the last table."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Profile",
                "The [signature] table must be the last table in the file; move it to the end "
                "or delete it, then sign again.",
            )
        )


class OtherAgency(ProfileError):
    def __init__(self) -> None:
        super().__init__(
            translate("Profile", "This profile belongs to another agency than the installed one.")
        )

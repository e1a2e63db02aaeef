"""Where AMD's spec and LLVM's assembler disagree, per target (``isacheck db diff``)."""

from __future__ import annotations

from dataclasses import dataclass

from isacheck.isa.database import database, targets_doc


@dataclass(frozen=True, slots=True)
class Disagreement:
    target: str
    family: str
    spec_only: tuple[str, ...]      # spec lists it for the family; LLVM: not on this GPU
    llvm_only: tuple[str, ...]      # LLVM accepts it here; the spec does not list it for the family
    llvm_unknown: tuple[str, ...]   # spec lists it; LLVM knows no such mnemonic anywhere
    # LLVM also accepts an older spelling of an instruction the spec lists for the family
    # (``v_mfma_f32_16x16x16f16`` for ``v_mfma_f32_16x16x16_f16``): (LLVM's spelling, the spec's)
    llvm_spellings: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict:
        return {"target": self.target, "family": self.family, "spec_only": list(self.spec_only),
                "llvm_only": list(self.llvm_only), "llvm_unknown": list(self.llvm_unknown),
                "llvm_spellings": [list(p) for p in self.llvm_spellings]}


def _squashed(name: str) -> str:
    """A spelling key: without underscores (``v_mfma_f32_16x16x16f16`` ~ ``v_mfma_f32_16x16x16_f16``)."""
    return name.replace("_", "")


def disagreements(targets: list[str] | None = None) -> list[Disagreement]:
    """One entry per target that both sources cover (a spec family and an LLVM probe)."""
    from isacheck.isa.targets import known_targets

    db = database()
    facts = targets_doc()["targets"]
    probed = set((db.sources.get("llvm") or {}).get("probed_targets", ()))
    out = []
    for gfx in targets or known_targets():
        family = facts[gfx].get("spec_family")
        if not family or gfx not in probed:
            continue
        spec_only, llvm_only, unknown = [], [], []
        spec_names = {_squashed(n): n for n, e in db.entries.items() if family in e.spec}
        for name, e in db.entries.items():
            in_spec = family in e.spec
            if e.llvm is None:
                continue
            if e.llvm_invalid:
                if in_spec:
                    unknown.append(name)
                continue
            in_llvm = gfx in e.llvm
            if in_spec and not in_llvm:
                spec_only.append(name)
            elif in_llvm and not in_spec:
                llvm_only.append(name)
        spellings = tuple(sorted((n, spec_names[_squashed(n)]) for n in llvm_only if _squashed(n) in spec_names))
        respelled = {n for n, _ in spellings}
        llvm_only = [n for n in llvm_only if n not in respelled]
        out.append(Disagreement(gfx, family, tuple(sorted(spec_only)), tuple(sorted(llvm_only)), tuple(sorted(unknown)),
                                spellings))
    return out

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

    def as_json(self) -> dict:
        return {"target": self.target, "family": self.family, "spec_only": list(self.spec_only),
                "llvm_only": list(self.llvm_only), "llvm_unknown": list(self.llvm_unknown)}


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
        out.append(Disagreement(gfx, family, tuple(sorted(spec_only)), tuple(sorted(llvm_only)), tuple(sorted(unknown))))
    return out

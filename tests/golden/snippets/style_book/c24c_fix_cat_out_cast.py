# Section 5.G (proof for the engine fix): cat/stack into an out= they cannot cast to
import torch
a, b = torch.ones(1, 2), torch.zeros(1, 2)
for f in (lambda: torch.cat([a, b], 0, out=torch.empty(2, 2, dtype=torch.int64)), lambda: torch.concat([a, b], out=torch.empty(0, dtype=torch.bool)),
          lambda: torch.concatenate([a, b], out=torch.empty(0, dtype=torch.float64)), lambda: torch.cat([a.long(), b.long()], out=torch.empty(0)),
          lambda: torch.stack([a, b], out=torch.empty(0, dtype=torch.int32)), lambda: torch.hstack([a, b], out=torch.empty(0, dtype=torch.int32))):
    try:
        print(f())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

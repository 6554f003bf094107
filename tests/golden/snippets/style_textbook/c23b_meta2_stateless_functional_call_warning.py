import warnings
import torch
from torch import nn

lin = nn.Linear(2, 1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = torch.nn.utils.stateless.functional_call(lin, {"weight": torch.ones(1, 2), "bias": torch.zeros(1)}, (torch.tensor([[1.0, 2.0]]),))
print(out)
print([c.category.__name__ for c in caught])
print(str(caught[0].message)[:90] if caught else None)

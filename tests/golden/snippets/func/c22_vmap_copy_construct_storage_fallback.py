# Inside vmap: torch.tensor of a batched tensor, its storage, and an op without a batching rule
import warnings

import torch

x = torch.arange(6.0).reshape(2, 3)
warnings.simplefilter("always")
try:
    torch.func.vmap(lambda row: torch.tensor(row))(x)
except RuntimeError as e:
    print("RuntimeError", str(e)[:60])
for get in (lambda row: row.untyped_storage(), lambda row: row.storage()):
    try:
        torch.func.vmap(get)(x)
    except NotImplementedError as e:
        print("NotImplementedError", e)
try:
    torch.func.grad(lambda v: (v.untyped_storage(), v.sum())[1])(torch.ones(2))
except NotImplementedError as e:
    print("NotImplementedError", e)
counts = torch.tensor([[0, 1, 1], [2, 2, 0]])
print(torch.func.vmap(lambda row: torch.bincount(row, minlength=3))(counts))
print(torch.func.vmap(torch.argwhere)(counts > 0).shape)

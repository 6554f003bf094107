# Arguments given to tensor methods that take none, or not those
import numpy as np
import torch

x = torch.arange(6.0).reshape(2, 3)
attempts = {
    "dim with an argument": lambda: x.dim(0),
    "numel of a dim": lambda: x.numel(dim=0),
    "detach in place flag": lambda: x.detach(True),
    "item of an index": lambda: x.item(0),
    "resolve_conj keyword": lambda: x.resolve_conj(copy=True),
    "size keyword typo": lambda: x.size(dimension=0),
    "type_as nothing": lambda: x.type_as(),
    "requires_grad_ keyword": lambda: x.requires_grad_(requires=True),
    "sum of a tensor": lambda: x.sum(x, keepdims=True, foo=1),
    "mean typo": lambda: x.mean(0, keepdimm=True),
    "numpy sum": lambda: np.sum(x),
    "split too many": lambda: x.split(1, 0, 1, 2),
    "unique too many": lambda: x.unique(True, True, True, 0, 1),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except TypeError as e:
        print(f"{name}: {e}")

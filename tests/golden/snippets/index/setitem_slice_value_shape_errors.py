# Assigning into a slice copies with expand semantics (its error); advanced indexing keeps index_put's shape-mismatch message.
import torch
x = torch.zeros(3, 4)
for key, val in [((slice(None), 0), torch.tensor([1., 2.])), (0, torch.ones(3)), (0, torch.ones(1, 1, 3)), (0, torch.ones(2, 4)), (slice(1, None), torch.ones(3, 4)), ((Ellipsis, -1), torch.ones(2)), (torch.tensor([0, 2]), torch.ones(3, 4)), (x > 0, torch.ones(5)), ((0, slice(None)), torch.ones(1, 4)), (None, torch.ones(2, 3, 4))]:
    try:
        x[key] = val
        print("ok", x.sum())
    except RuntimeError as e:
        print("RuntimeError:", e)

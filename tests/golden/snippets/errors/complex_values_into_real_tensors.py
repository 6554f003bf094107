# Complex numbers written into real tensors: an imaginary part cannot be kept, a zero one is dropped.
import torch

x = torch.ones(3)
for name, fn in [("fill_", lambda: x.clone().fill_(1j)),
                 ("full", lambda: torch.full((2,), 2 - 1j, dtype=torch.float32)),
                 ("full double", lambda: torch.full((2,), 1j, dtype=torch.float64)),
                 ("masked_fill", lambda: x.masked_fill(torch.tensor([True, False, True]), 0.5j)),
                 ("half fill_", lambda: x.half().fill_(3j)),
                 ("long fill_", lambda: torch.zeros(2, dtype=torch.long).fill_(1 + 1j))]:
    try:
        print(name, fn())
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
print(x.clone().fill_(2 + 0j), torch.full((2,), 3 + 0j, dtype=torch.float32))
print(x.masked_fill(torch.tensor([False, True, False]), -1 + 0j))
print(torch.zeros(2, dtype=torch.int64).fill_(5 + 0j))

# Indexing with tensors that are no integers
import torch

x = torch.arange(6.0).reshape(3, 2)
for key in (torch.tensor([1j]), torch.tensor(1j), torch.tensor(0.0), torch.tensor([0.0, 1.0]), (0, torch.tensor([1j]))):
    for what in ("read", "write"):
        try:
            if what == "read":
                x[key]
            else:
                x[key] = 0.0
        except IndexError as e:
            print(f"{what}: IndexError: {e}")
print(x[torch.tensor(1)], x[torch.tensor([2, 0])])

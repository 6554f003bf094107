# A module that adds a forward hook to itself the first time it runs (a lazy logger):
# the hook is not called in that first call, only from the next one on.
import torch
from torch import nn

seen = []


class Logged(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 1)

    def forward(self, x):
        if not seen:
            seen.append("first forward")
            self.register_forward_hook(lambda module, args, out: seen.append(f"hook {tuple(out.shape)}"))
        return self.lin(x)


model = Logged()
model(torch.ones(3, 2))
print(seen)
model(torch.ones(4, 2))
print(seen)

import torch
import torch.nn as nn

class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
        self.calls = 0
    def forward(self, x):
        self.calls += 1
        return self.lin(x)
    def get_extra_state(self):
        return {"calls": self.calls}
    def set_extra_state(self, state):
        self.calls = state["calls"]

c = Counter(); c(torch.ones(1, 2)); c(torch.ones(1, 2))
sd = c.state_dict()
print(list(sd.keys()), sd["_extra_state"])
fresh = Counter(); print(fresh.load_state_dict(sd), fresh.calls)
try:
    fresh.load_state_dict({k: v for k, v in sd.items() if k != "_extra_state"})
except RuntimeError as e:
    print(e)
print(nn.Linear(2, 2).load_state_dict({**nn.Linear(2, 2).state_dict(), "_extra_state": 1}, strict=False))

class Buf(nn.Module):
    def __init__(self): super().__init__(); self.register_buffer("t", torch.tensor(2.0))
b = Buf(); print(b.load_state_dict({"t": torch.tensor([5.0])}), b.t)  # an old [1]-shaped scalar

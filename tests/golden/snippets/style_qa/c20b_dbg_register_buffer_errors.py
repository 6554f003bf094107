# register_buffer mistakes
import torch
import torch.nn as nn

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("running", torch.zeros(2))

m = M()
try:
    m.register_buffer("running.mean", torch.zeros(2))
except KeyError as e:
    print("KeyError:", e)
try:
    m.register_buffer("bad", [1, 2])
except TypeError as e:
    print("TypeError:", e)
print(m.state_dict())
print(list(m.parameters()))

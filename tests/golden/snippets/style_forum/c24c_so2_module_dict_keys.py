# Q: ModuleDict and nested names in state_dict
import torch.nn as nn


class Heads(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Linear(4, 3)
        self.heads = nn.ModuleDict({"cls": nn.Linear(3, 2), "reg": nn.Linear(3, 1)})


m = Heads()
print(list(m.state_dict().keys()))
print(m.heads["reg"])
print([name for name, _ in m.named_children()])
print(m)

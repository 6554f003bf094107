import torch
import torch.nn as nn

# the layer was called "fc" in old checkpoints and "proj" now
class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(2, 2)
    def _load_from_state_dict(self, state_dict, prefix, local_metadata, strict, missing, unexpected, errors):
        for k in list(state_dict):
            if k.startswith(prefix + "fc."):
                state_dict[prefix + "proj." + k[len(prefix) + 3:]] = state_dict.pop(k)
        print("loading", repr(prefix), "version", local_metadata.get("version"))
        super()._load_from_state_dict(state_dict, prefix, local_metadata, strict, missing, unexpected, errors)

old = {"fc.weight": torch.eye(2), "fc.bias": torch.zeros(2)}
h = Head()
print(h.load_state_dict(old))
print(h.proj.weight)
model = nn.Sequential(Head(), nn.ReLU())
print(model.load_state_dict({"0.fc.weight": torch.eye(2), "0.fc.bias": torch.ones(2)}))
print(model.load_state_dict(model.state_dict()))
try:
    nn.Linear(1, 1).load_state_dict({"weight": torch.ones(1, 1), "bias": "zero"})
except RuntimeError as e:
    print(e)

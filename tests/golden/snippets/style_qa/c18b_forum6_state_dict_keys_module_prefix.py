# Q: load_state_dict fails: unexpected keys "module.fc.weight"
import torch
import torch.nn as nn

model = nn.Sequential()
model.add_module("fc", nn.Linear(2, 1))
saved = {"module." + k: v for k, v in model.state_dict().items()}
try:
    model.load_state_dict(saved)
except RuntimeError as err:
    print(err)
fixed = {k.removeprefix("module."): v for k, v in saved.items()}
print(model.load_state_dict(fixed))

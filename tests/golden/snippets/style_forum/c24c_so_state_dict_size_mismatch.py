# Q: size mismatch for fc.weight when loading a checkpoint
import torch.nn as nn

old = nn.Sequential()
old.add_module("fc", nn.Linear(4, 10))
new = nn.Sequential()
new.add_module("fc", nn.Linear(4, 5))
try:
    new.load_state_dict(old.state_dict())
except RuntimeError as e:
    print("RuntimeError:", e)

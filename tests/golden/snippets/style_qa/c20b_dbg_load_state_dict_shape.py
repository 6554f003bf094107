# size mismatch when loading weights
import torch
import torch.nn as nn

torch.manual_seed(32)
old = nn.Linear(4, 2)
new = nn.Linear(4, 3)
try:
    new.load_state_dict(old.state_dict())
except RuntimeError as e:
    print("RuntimeError:", e)

# Q: size mismatch for fc.weight when loading a checkpoint
import torch.nn as nn

ckpt_model = nn.Sequential()
ckpt_model.add_module("fc", nn.Linear(4, 10))
cur_model = nn.Sequential()
cur_model.add_module("fc", nn.Linear(4, 5))
try:
    cur_model.load_state_dict(ckpt_model.state_dict())
except RuntimeError as e:
    print("RuntimeError:", e)

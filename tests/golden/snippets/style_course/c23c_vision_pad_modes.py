# Padding modes used before convolutions: constant, reflect, replicate, circular.
import torch
import torch.nn.functional as F

x = torch.arange(1, 7, dtype=torch.float32).reshape(1, 1, 2, 3)
for mode in ["constant", "reflect", "replicate", "circular"]:
    print(mode)
    print(F.pad(x, (1, 1, 1, 0), mode=mode)[0, 0])
try:
    F.pad(x, (3, 3, 0, 0), mode="reflect")
except RuntimeError as e:
    print("RuntimeError:", e)

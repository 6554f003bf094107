# Loading a checkpoint into a network with a different hidden size
import torch
import torch.nn as nn

small = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
big = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 2))
try:
    big.load_state_dict(small.state_dict())
except RuntimeError as e:
    lines = str(e).splitlines()
    print(lines[0])
    for line in lines[1:]:
        print(line.strip())
try:
    big.load_state_dict(small.state_dict(), strict=False)
except RuntimeError as e:
    print('strict=False still fails:', str(e).splitlines()[1].strip()[:40])

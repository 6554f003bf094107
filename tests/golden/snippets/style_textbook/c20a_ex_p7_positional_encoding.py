# Practice 7: sinusoidal positional encoding for 4 positions and 6 dims
import math
import torch

pos = torch.arange(4).unsqueeze(1)
div = torch.exp(torch.arange(0, 6, 2) * (-math.log(10000.0) / 6))
pe = torch.zeros(4, 6)
pe[:, 0::2] = torch.sin(pos * div)
pe[:, 1::2] = torch.cos(pos * div)
print(pe)
print(pe.norm(dim=1))

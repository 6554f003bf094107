# PyTorch in 10 minutes - Part 4: reshape cheatsheet
import torch

x = torch.arange(12)
print(f"view(3, 4):\n{x.view(3, 4)}")
print(f"reshape(2, -1).shape: {x.reshape(2, -1).shape}")
print(f"unsqueeze(0): {x.unsqueeze(0).shape}, unsqueeze(1): {x.unsqueeze(1).shape}")
y = x.view(3, 4)
print(f"transpose: {y.t().shape}, permute: {y.view(3, 2, 2).permute(2, 0, 1).shape}")
print(f"chunk: {[c.tolist() for c in x.chunk(3)]}")
print(f"split: {[s.shape[0] for s in x.split([5, 7])]}")
print(f"squeeze: {torch.zeros(1, 3, 1).squeeze().shape}")

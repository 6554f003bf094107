# Q: torch.cat / torch.stack fail on my list of feature tensors - what do the messages mean and how to fix?
import torch

a = torch.zeros(2, 3)
b = torch.zeros(2, 4)
c = torch.zeros(3, 3)
try:
    torch.cat([a, b])
except RuntimeError as e:
    print('cat dim0:', e)
print(torch.cat([a, b], dim=1).shape)
try:
    torch.stack([a, c])
except RuntimeError as e:
    print('stack:', e)
try:
    torch.cat([a, torch.zeros(3)])
except RuntimeError as e:
    print('cat 1d:', e)
try:
    torch.stack([])
except RuntimeError as e:
    print('empty:', e)
try:
    torch.cat([a, b], dim=2)
except IndexError as e:
    print('dim:', e)
print(torch.cat([a, torch.zeros(0)]).shape)
print(torch.stack([a, a], dim=-1).shape, torch.stack([a, a], dim=1).shape)
feats = [torch.ones(3) * i for i in range(4)]
print(torch.stack(feats))
print(torch.cat(feats).shape, torch.vstack(feats).shape, torch.hstack(feats).shape)

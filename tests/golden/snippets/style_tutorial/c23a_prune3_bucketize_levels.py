# Non-uniform quantization: snap values to the nearest of a few levels with bucketize
import torch

levels = torch.tensor([-1.0, -0.25, 0.0, 0.25, 1.0])
mid = (levels[1:] + levels[:-1]) / 2
w = torch.tensor([-0.9, -0.6, -0.1, 0.05, 0.13, 0.7, 2.0])
idx = torch.bucketize(w, mid)
print(mid)
print(idx)
print(levels[idx])
print(torch.bucketize(torch.tensor([0.125]), mid), torch.bucketize(torch.tensor([0.125]), mid, right=True))

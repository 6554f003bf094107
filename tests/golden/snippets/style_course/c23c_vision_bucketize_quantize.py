# Quantising intensities into bins with bucketize and searchsorted (right vs left).
import torch

edges = torch.tensor([0.25, 0.5, 0.75])
vals = torch.tensor([0.0, 0.25, 0.3, 0.5, 0.99, 1.0])
print(torch.bucketize(vals, edges))
print(torch.bucketize(vals, edges, right=True))
print(torch.searchsorted(edges, vals, side="right"))
print(torch.bucketize(vals, edges, out_int32=True).dtype)

# Puzzle 21: bucketize(v, boundaries)
import torch

def bucketize(v, boundaries):
    return (v[:, None] >= boundaries).sum(1)

boundaries = torch.tensor([1, 3, 5, 7])
v = torch.tensor([0, 1, 2, 3, 7, 9])
print(bucketize(v, boundaries))
print(torch.bucketize(v, boundaries))
print(torch.bucketize(v, boundaries, right=True))
print(torch.searchsorted(boundaries, v))
print(torch.bucketize(torch.tensor([2.5, 6.0]), boundaries))
print(torch.bucketize(v, boundaries, out_int32=True).dtype)

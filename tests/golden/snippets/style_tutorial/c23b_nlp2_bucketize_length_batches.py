import torch

lengths = torch.tensor([3, 17, 8, 25, 11, 4, 30])
boundaries = torch.tensor([5, 10, 20])
bucket = torch.bucketize(lengths, boundaries)
print(bucket)
print(torch.bucketize(lengths, boundaries, right=True))
for b in range(4):
    print(b, lengths[bucket == b].tolist())
print(torch.searchsorted(boundaries, torch.tensor([5, 6])), torch.searchsorted(boundaries, 10, side="right"))

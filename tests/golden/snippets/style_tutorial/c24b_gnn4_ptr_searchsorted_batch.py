# from a ptr vector back to a batch vector with searchsorted / bucketize
import torch

ptr = torch.tensor([0, 3, 5, 9])
nodes = torch.arange(9)
batch = torch.searchsorted(ptr, nodes, right=True) - 1
print(batch)
print(torch.bucketize(nodes, ptr[1:], right=True))
print(torch.diff(ptr), torch.repeat_interleave(torch.diff(ptr)))
print(torch.nn.functional.pad(torch.tensor([3, 2, 4]).cumsum(0), (1, 0)))

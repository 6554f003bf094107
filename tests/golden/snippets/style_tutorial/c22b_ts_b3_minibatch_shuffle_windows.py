import torch

torch.manual_seed(48)
series = torch.arange(30.0)
W = series.unfold(0, 5, 1)
perm = torch.randperm(W.size(0))
batches = W[perm].split(8)
print([b.shape[0] for b in batches])
print(batches[0][:, 0])
print(torch.chunk(W, 4)[3].shape, torch.tensor_split(W, [10, 20])[1].shape)

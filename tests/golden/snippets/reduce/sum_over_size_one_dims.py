import torch

print(torch.full((16, 1), 0.1).sum(0).item())
torch.manual_seed(0)
for shape, dims in [((1, 16), 1), ((3, 1, 40), 2), ((2, 3, 40), (1, 2)), ((4, 5, 6), (1, 2)), ((40, 1, 1), 0), ((5, 37), 1)]:
    x = torch.rand(shape) * 10
    print(shape, dims, x.sum(dims).flatten()[:3].tolist(), x.sum(dims, keepdim=True).shape, x.mean(dims).flatten()[:2].tolist())

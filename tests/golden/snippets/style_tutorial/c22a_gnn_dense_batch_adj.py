import torch

torch.manual_seed(12)
B, N, D = 2, 3, 4
adj = torch.tensor([[[0, 1, 0], [1, 0, 1], [0, 1, 0]],
                    [[0, 1, 1], [1, 0, 0], [1, 0, 0]]], dtype=torch.float32)
x = torch.randn(B, N, D)
deg = adj.sum(-1, keepdim=True).clamp(min=1)
out = torch.bmm(adj, x) / deg
print(out.shape)
print(out[1])
print(torch.matmul(adj, x).sub(torch.bmm(adj, x)).abs().max())

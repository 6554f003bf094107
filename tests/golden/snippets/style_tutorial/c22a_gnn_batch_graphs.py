import torch

g1_x = torch.randn(3, 2, generator=torch.Generator().manual_seed(1))
g1_e = torch.tensor([[0, 1], [1, 2]])
g2_x = torch.randn(2, 2, generator=torch.Generator().manual_seed(2))
g2_e = torch.tensor([[0], [1]])
x = torch.cat([g1_x, g2_x])
edge_index = torch.cat([g1_e, g2_e + g1_x.size(0)], dim=1)
batch = torch.cat([torch.full((3,), 0), torch.full((2,), 1)])
print(x.shape)
print(edge_index)
print(batch, batch.dtype)
print(torch.repeat_interleave(torch.tensor([3, 2])))

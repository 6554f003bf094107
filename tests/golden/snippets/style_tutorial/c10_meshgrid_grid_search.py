# Evaluate a loss surface on a meshgrid and find its minimum; indexing='ij' vs 'xy'.
import torch

w = torch.linspace(-2, 2, 5)
b = torch.linspace(-1, 1, 3)
W, B = torch.meshgrid(w, b, indexing="ij")
print(W.shape, B.shape)
print(W)
Wx, Bx = torch.meshgrid(w, b, indexing="xy")
print(Wx.shape, torch.equal(Wx, W.T))
x = torch.tensor([0.0, 1.0, 2.0])
y = torch.tensor([0.5, 1.4, 2.6])
pred = W[..., None] * x + B[..., None]
loss = ((pred - y) ** 2).mean(-1)
print(loss)
idx = loss.argmin()
i, j = divmod(idx.item(), loss.shape[1])
print(idx, i, j, W[i, j].item(), B[i, j].item())
print(torch.unravel_index(idx, loss.shape))
grid = torch.stack(torch.meshgrid(torch.arange(2), torch.arange(3), indexing="ij"), dim=-1)
print(grid.reshape(-1, 2))
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4, 5])))
print(torch.combinations(torch.arange(4), r=2))

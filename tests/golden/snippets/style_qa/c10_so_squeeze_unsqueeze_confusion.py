# Q: squeeze() removed my batch dimension, and (N,) - (N, 1) gave me an N x N matrix.
import torch

pred = torch.tensor([[0.2], [0.8], [0.5]])
target = torch.tensor([0.0, 1.0, 1.0])
print(pred.shape, target.shape, (pred - target).shape)
print((pred.squeeze(1) - target).shape, (pred - target.unsqueeze(1)).shape)
single = torch.randn(1, 3, 1, 4)
print(single.squeeze().shape, single.squeeze(0).shape, single.squeeze(1).shape, single.squeeze(-2).shape)
print(single.squeeze((0, 2)).shape)
batch1 = torch.ones(1, 1)
print(batch1.squeeze().shape, batch1.squeeze().dim())
print(torch.ones(3).unsqueeze(0).shape, torch.ones(3).unsqueeze(-1).shape, torch.ones(3)[None, :, None].shape)
try:
    torch.ones(3).unsqueeze(2)
except IndexError as e:
    print("IndexError:", e)
try:
    torch.ones(2, 3).squeeze(3)
except IndexError as e:
    print("IndexError:", e)
x = torch.ones(2, 3)
x.unsqueeze_(1)
print(x.shape)
x.squeeze_()
print(x.shape)
print(torch.nn.functional.mse_loss(pred.squeeze(), target).item())

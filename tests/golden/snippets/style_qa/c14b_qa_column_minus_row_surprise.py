# Q: my residuals became a 5x5 matrix: subtracting (N,) from (N,1) broadcasts; the MSELoss warning.
import torch
import torch.nn.functional as F

torch.manual_seed(49)
pred = torch.randn(5, 1)
target = torch.randn(5)
diff = pred - target
print(diff.shape)
print(((pred - target) ** 2).mean(), ((pred.squeeze(1) - target) ** 2).mean())
print(F.mse_loss(pred, target))
print(F.mse_loss(pred.squeeze(), target))
a = torch.ones(3, 1, 2)
b = torch.arange(4.0).reshape(4, 1)
print((a + b).shape)
try:
    torch.ones(3, 2) + torch.ones(3)
except RuntimeError as e:
    print(e)
print(torch.broadcast_shapes((3, 1, 2), (4, 1)), torch.broadcast_tensors(a, b)[1].stride())

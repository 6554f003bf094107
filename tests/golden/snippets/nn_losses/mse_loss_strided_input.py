# mse_loss of a transposed prediction: the squared differences are laid out as (input - target) is
# (the input's layout), and the mean adds them up in that order.
import torch
import torch.nn.functional as F

torch.manual_seed(2)
pred = torch.randn(4, 6, 5).transpose(1, 2)
target = torch.randn(4, 5, 6)
print(F.mse_loss(pred, target).item(), F.mse_loss(target, pred).item())
print(F.mse_loss(pred, target, reduction='sum').item(), F.mse_loss(pred, target, reduction='none').stride())
print(F.mse_loss(torch.randn(7, 3).t(), torch.randn(3, 7)).item())

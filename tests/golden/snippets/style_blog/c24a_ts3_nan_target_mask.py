# Missing targets: MSE becomes nan unless the nan entries are masked
import torch
import torch.nn.functional as F

pred = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
target = torch.tensor([1.5, float('nan'), 2.0, 4.0])
print(F.mse_loss(pred, target))
ok = ~target.isnan()
loss = F.mse_loss(pred[ok], target[ok])
print(loss)
loss.backward()
print(pred.grad)
print(((pred - target) ** 2).nanmean())
print(torch.where(ok, (pred - target) ** 2, 0.0).sum() / ok.sum())

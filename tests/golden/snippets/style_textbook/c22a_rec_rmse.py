import torch

pred = torch.tensor([3.8, 2.1, 4.9, 1.5])
true = torch.tensor([4.0, 2.0, 5.0, 3.0])
mse = torch.mean((pred - true) ** 2)
rmse = torch.sqrt(mse)
mae = (pred - true).abs().mean()
print(mse, rmse, mae)
print(torch.nn.functional.mse_loss(pred, true).sqrt())
print(torch.nn.functional.l1_loss(pred, true, reduction='sum'))

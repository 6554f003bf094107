# Q: UserWarning: Using a target size that is different to the input size
import torch
import torch.nn.functional as F

out = torch.tensor([[0.0], [1.0], [2.0], [3.0]])
target = torch.tensor([0.0, 1.0, 2.0, 3.0])
print(F.mse_loss(out, target))
print(F.mse_loss(out.squeeze(-1), target))
print(F.l1_loss(out, target.unsqueeze(1)))

# Error per forecast horizon step with reduction='none'
import torch
import torch.nn as nn

pred = torch.tensor([[1.0, 2.0, 3.0], [2.0, 2.0, 2.0], [0.0, 1.0, 5.0]])
true = torch.tensor([[1.0, 3.0, 5.0], [2.0, 1.0, 2.0], [1.0, 1.0, 1.0]])
per_elem = nn.MSELoss(reduction='none')(pred, true)
print(per_elem)
print(per_elem.mean(0))
print(per_elem.mean(1))
rmse = per_elem.mean(0).sqrt()
print(rmse)
w = torch.tensor([1.0, 0.5, 0.25])
print((per_elem * w).sum() / (w.sum() * pred.size(0)))

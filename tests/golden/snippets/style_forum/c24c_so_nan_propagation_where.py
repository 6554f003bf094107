# Q: nan appears even though torch.where masks it out
import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.log(x), torch.zeros(3))
print(y)
y.sum().backward()
print(x.grad)
print(torch.isnan(x.grad).any().item(), torch.nan_to_num(x.grad, nan=0.0))

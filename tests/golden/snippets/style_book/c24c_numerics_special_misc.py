# Section 7.7: a tour of torch.special
import torch

x = torch.tensor([0.1, 1.0, 3.0])
print(torch.special.sinc(torch.tensor([0.0, 0.5, 1.0])))
print(torch.special.log_ndtr(torch.tensor([-3.0, 0.0])))
print(torch.special.round(torch.tensor([0.5, 1.5, 2.5])))
print(torch.special.exp2(torch.tensor([3.0, -1.0])))
print(torch.special.softmax(x, dim=0))
print(torch.special.log1p(torch.tensor([0.0])))
print(torch.special.zeta(torch.tensor([2.0]), torch.tensor([1.0])))

# weights don't change: optimizer created with lr=0 / momentum typo
import torch

w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=0)
(w * 3).sum().backward()
opt.step()
print(w)
try:
    torch.optim.SGD([w], lr=-0.1)
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.SGD([w], lr=0.1, momentum=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.Adam([w], betas=(0.9, 1.0))
except ValueError as e:
    print("ValueError:", e)

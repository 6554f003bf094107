import torch
try:
    torch.zeros(2, 3).addmm(torch.ones(3, 3), torch.ones(3, 3))
except RuntimeError as e:
    print(e)
print(torch.addmm(torch.zeros(3), torch.ones(2, 2), torch.ones(2, 3)))

# The same tensor under several precisions.
import torch

x = torch.tensor([3.14159265, -0.000123, 2.5e3])
for p in (0, 2, 6):
    torch.set_printoptions(precision=p)
    print(x)
torch.set_printoptions(precision=4, sci_mode=False)
print(x)
torch.set_printoptions(sci_mode=True)
print(torch.tensor([1.5, 2.0]))
torch.set_printoptions(profile='default')
print(x)

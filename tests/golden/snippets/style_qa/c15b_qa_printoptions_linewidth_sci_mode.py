# Q: my tensor wraps too early and uses scientific notation. Which print options control that?
import torch

v = torch.arange(0, 2, 0.125)
torch.set_printoptions(linewidth=40)
print(v)
torch.set_printoptions(linewidth=200)
print(v)
w = torch.tensor([1e-6, 0.5, 1234.0])
print(w)
torch.set_printoptions(sci_mode=False)
print(w)
torch.set_printoptions(sci_mode=True, precision=2)
print(torch.tensor([1.0, 2.5]))
torch.set_printoptions(profile='default')
print(w, torch.tensor([100000.0, 1.0]))

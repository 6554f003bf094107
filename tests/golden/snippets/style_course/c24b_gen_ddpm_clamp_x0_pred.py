# predict x0 from x_t and eps, then clamp to the data range
import torch

ac_t = torch.tensor(0.25)
xt = torch.tensor([[1.5, -0.2], [0.0, 3.0]])
eps = torch.tensor([[0.3, 0.1], [-1.0, 2.0]])
x0_pred = (xt - (1 - ac_t).sqrt() * eps) / ac_t.sqrt()
print(x0_pred)
print(x0_pred.clamp(-1, 1))
print(torch.clamp(x0_pred, min=-1.0, max=1.0).eq(x0_pred))
x0_pred.clamp_(-1, 1)
print(x0_pred.abs().max())

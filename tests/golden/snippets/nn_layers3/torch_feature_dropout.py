# Channel-wise dropout called from torch: whole (sample, channel) rows kept or dropped
import torch
torch.manual_seed(0)
x = torch.randn(2, 3, 4, requires_grad=True)
for f in (torch.feature_dropout, torch.feature_alpha_dropout):
    y = f(x, 0.5, True)
    print(y.grad_fn, y[:, :, 0])
    y.sum().backward()
    print(x.grad[:, :, 0]); x.grad = None
    print(f(x, 0.5, False) is x)
    for bad in (lambda: f(torch.ones(3), 0.5, True), lambda: f(x, -0.1, True)):
        try: bad()
        except RuntimeError as e: print(e)
z = torch.ones(2, 3, 2)
torch.feature_dropout_(z, 0.5, True); print(z)
torch.feature_alpha_dropout_(z, 0.5, True); print(z)

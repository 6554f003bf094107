# no_grad() stops recording; detach() makes a tensor that shares storage.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad, y.grad_fn)
z = x.detach()
print(z.requires_grad, z.data_ptr() == x.data_ptr())
z[0] = 10
print(x)
w = x * 2
print(w.requires_grad, torch.is_grad_enabled())

# Tensor.register_post_accumulate_grad_hook and Module.register_full_backward_hook
import torch
import torch.nn as nn

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.register_post_accumulate_grad_hook(lambda p: print("accumulated", p.grad))
(w * 3).sum().backward()
lin = nn.Linear(2, 1)
lin.register_full_backward_hook(lambda m, gin, gout: print(type(m).__name__, gout[0].shape, gin[0]))
torch.manual_seed(0)
lin(torch.randn(3, 2)).sum().backward()
h = lin.register_forward_hook(lambda m, inp, out: print("forward", out.shape))
lin(torch.zeros(1, 2))
h.remove()
lin(torch.zeros(1, 2))

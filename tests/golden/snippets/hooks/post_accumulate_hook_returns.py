import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.register_post_accumulate_grad_hook(lambda p: print("after accumulation", p.grad))
(w * 3).sum().backward()

v = torch.tensor([1.0, 2.0], requires_grad=True)
v.register_post_accumulate_grad_hook(lambda p: p.grad.mul_(0.5))  # mul_ returns the tensor
try:
    (v * 2).sum().backward()
except RuntimeError as e:
    print("RuntimeError", e)
print(v.grad)

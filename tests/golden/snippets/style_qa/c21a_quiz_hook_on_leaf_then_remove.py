# Quiz: a hook handle is removed before the second backward.
import torch

w = torch.tensor(1.0, requires_grad=True)
handle = w.register_hook(lambda g: g + 100)
(w * 5).backward()
print(w.grad)
handle.remove()
(w * 5).backward()
print(w.grad)

# Quiz B13: register_hook on a tensor that does not require grad
import torch

plain = torch.ones(2)
try:
    plain.register_hook(lambda grad: grad)
except RuntimeError as e:
    print("RuntimeError:", e)
tracked = torch.ones(2, requires_grad=True)
handle = tracked.register_hook(lambda grad: None)
print(type(handle).__name__)
(tracked * 5).sum().backward()
print(tracked.grad)

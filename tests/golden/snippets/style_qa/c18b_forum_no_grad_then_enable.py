# Q: can I turn grad back on inside a no_grad block?
import torch

w = torch.tensor(2.0, requires_grad=True)
with torch.no_grad():
    a = w * 3
    with torch.enable_grad():
        b = w * 3
    print(torch.is_grad_enabled())
print(a.requires_grad, b.requires_grad)
b.backward()
print(w.grad)
print(torch.is_grad_enabled())

# Quiz B24: gradient of |z|^2 for a complex leaf
import torch

z = torch.tensor([1 + 2j, -3 + 0.5j], requires_grad=True)
loss = (z * z.conj()).real.sum()
loss.backward()
print(loss)
print(z.grad)
try:
    (z * 2).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

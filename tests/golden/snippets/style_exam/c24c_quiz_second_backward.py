# Quiz 3: why does the second backward fail?
import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
h = (w ** 3).sum()
h.backward()
print(w.grad)
try:
    h.backward()
except RuntimeError as err:
    print("RuntimeError:", err)
h2 = (w ** 3).sum()
h2.backward(retain_graph=True)
h2.backward()
print(w.grad)

# Q: my parameter stopped learning after I clamp it
import torch

w = torch.tensor([-0.5, 0.5, 1.5], requires_grad=True)
y = w.clamp(0.0, 1.0)
y.sum().backward()
print(w.grad)
w.grad = None
y2 = torch.sigmoid(w)
y2.sum().backward()
print(w.grad)

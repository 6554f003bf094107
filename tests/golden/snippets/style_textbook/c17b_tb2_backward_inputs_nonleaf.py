# backward(inputs=...) fills .grad only on the named tensors, leaf or not.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([0.5, -1.0], requires_grad=True)
h = x * w
h.retain_grad()
out = (h ** 2).sum()
out.backward(inputs=[h], retain_graph=True)
print(h.grad, x.grad, w.grad)
out.backward(inputs=[w])
print(h.grad, x.grad, w.grad)

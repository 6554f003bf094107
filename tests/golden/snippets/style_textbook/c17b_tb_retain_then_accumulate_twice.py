# retain_graph=True keeps the buffers, and every pass adds to .grad.
import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
q = (w.sin() * w).sum()
for step in range(3):
    q.backward(retain_graph=step < 2)
    print(step, w.grad)
w.grad.zero_()
print(w.grad, w.grad.requires_grad)

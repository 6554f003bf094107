# Lecture: a grad_fn prehook can replace the incoming gradient.
import torch

w = torch.tensor([0.5, -1.5], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
out = x @ w
loss = out.pow(2).mean()

def halve(grad_outputs):
    return tuple(g * 0.5 for g in grad_outputs)

out.grad_fn.register_prehook(halve)
loss.backward()
print(loss.item())
print(w.grad)
w2 = w.detach().clone().requires_grad_()
(x @ w2).pow(2).mean().backward()
print(w2.grad)
print(torch.allclose(w.grad * 2, w2.grad))
